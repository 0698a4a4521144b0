import type { JobOptions } from '../db/repositories/index.js';

/** Job options with every choice made: what a job actually runs with. */
export interface ResolvedOptions {
  model: string;
  /** ISO 639-1 code, or `auto` to detect. */
  language: string;
  task: 'transcribe' | 'translate';
  diarization: boolean;
  num_speakers?: number;
  min_speakers?: number;
  max_speakers?: number;
}

const SPEAKER_HINTS = ['num_speakers', 'min_speakers', 'max_speakers'] as const;

/**
 * Resolves each option from the first layer that sets it — the request, then the selected
 * profile, then the user's default profile — and falls back to the server defaults. Speaker
 * hints travel as a group (a request's `num_speakers` is not mixed with a profile's range).
 */
export function resolveJobOptions(layers: readonly (JobOptions | undefined)[], defaults: { model: string }): ResolvedOptions {
  const pick = <K extends keyof JobOptions>(key: K): JobOptions[K] => layers.find((l) => l?.[key] !== undefined)?.[key];
  const hints = layers.find((l) => l !== undefined && SPEAKER_HINTS.some((key) => l[key] !== undefined));
  const resolved: ResolvedOptions = {
    model: pick('model') ?? defaults.model,
    language: (pick('language') ?? 'auto').toLowerCase(),
    task: pick('task') ?? 'transcribe',
    // Asking for a number of speakers implies asking for speakers.
    diarization: pick('diarization') ?? hints !== undefined,
  };
  if (resolved.diarization && hints) {
    for (const key of SPEAKER_HINTS) if (hints[key] !== undefined) resolved[key] = hints[key];
  }
  return resolved;
}
