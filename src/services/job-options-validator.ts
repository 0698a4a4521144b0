import type { JobOptions } from '../db/repositories/index.js';
import { AppError, validationError } from '../shared/errors.js';
import type { ProviderRegistry } from '../transcription/engine/index.js';
import { WHISPER_LANGUAGES } from '../transcription/engine/local/catalog.js';
import type { ResolvedOptions } from '../transcription/job-options.js';

/** Language codes any engine here understands (Whisper's list covers all the others'). */
const KNOWN_LANGUAGES: ReadonlySet<string> = new Set(WHISPER_LANGUAGES);

/**
 * Checks job options beyond their JSON shape: the model exists on this server, speaker hints
 * agree with each other, and what was resolved can actually run.
 */
export class JobOptionsValidator {
  constructor(private readonly registry: ProviderRegistry) {}

  /** Options as a client wrote them (in a request or a profile); `prefix` names their field. */
  async checkRequested(options: JobOptions | undefined, prefix = 'options'): Promise<void> {
    if (!options) return;
    if (options.model !== undefined) {
      const found = await this.registry.find(options.model);
      if (!found || !found.model.capabilities.includes('transcription')) {
        const known = (await this.registry.models()).filter((m) => m.capabilities.includes('transcription')).map((m) => m.id);
        const what = found ? `"${options.model}" is not a transcription model (diarization models are used through "diarization": true)` : `Unknown model "${options.model}"`;
        throw validationError(`${prefix}.model`, `${what}. Transcription models: ${known.join(', ') || 'none'}.`);
      }
    }
    if (options.language !== undefined) {
      const language = options.language.toLowerCase();
      if (language !== 'auto' && !KNOWN_LANGUAGES.has(language)) {
        throw validationError(`${prefix}.language`, `Unknown language "${options.language}"; use an ISO 639-1 code such as "en", or "auto" to detect it.`);
      }
    }
    const { num_speakers: num, min_speakers: min, max_speakers: max } = options;
    if (options.diarization === false && (num !== undefined || min !== undefined || max !== undefined)) {
      throw validationError(`${prefix}.diarization`, 'Speaker counts need diarization; remove them or set diarization to true.');
    }
    if (num !== undefined && (min !== undefined || max !== undefined)) {
      throw validationError(`${prefix}.num_speakers`, 'Give either num_speakers or min_speakers/max_speakers, not both.');
    }
    if (min !== undefined && max !== undefined && min > max) {
      throw validationError(`${prefix}.min_speakers`, 'min_speakers must not be greater than max_speakers.');
    }
  }

  /** The options a job will run with, after profiles and defaults: refused when they cannot run here. */
  async checkResolved(options: ResolvedOptions): Promise<void> {
    const found = await this.registry.find(options.model);
    if (!found || !found.model.capabilities.includes('transcription')) {
      throw new AppError('MODEL_UNAVAILABLE', `The model "${options.model}" is not available on this server; choose another model or install it.`, {
        field: 'options.model',
      });
    }
    const languages = found.model.languages;
    if (options.language !== 'auto' && languages.length > 0 && !languages.includes(options.language)) {
      throw validationError('options.language', `The model "${options.model}" does not handle language "${options.language}"; it handles: ${languages.join(', ')}.`);
    }
    if (options.task === 'translate' && !found.model.capabilities.includes('translate')) {
      throw validationError('options.task', `The model "${options.model}" cannot translate; choose a model that can, or task "transcribe".`);
    }
    if (options.diarization && !(await this.registry.defaultDiarizationModel())) {
      throw new AppError('MODEL_UNAVAILABLE', 'Speaker diarization was requested but no diarization model is available on this server.', {
        field: 'options.diarization',
      });
    }
  }
}
