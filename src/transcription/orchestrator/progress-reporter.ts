import type { JobQueueRepository, Transcription } from '../../db/repositories/index.js';
import type { EventBroker } from '../../services/events/event-broker.js';
import type { Clock } from '../../shared/clock.js';
import type { JobLog } from '../job-log.js';

/** Stages of a job and where each starts on the 0…1 progress scale (architecture §6). */
export const STAGE_PROGRESS = {
  preparing: 0.05,
  downloading: 0.05,
  transcribing: 0.2,
  diarizing: 0.7,
  merging: 0.85,
  saving: 0.95,
} as const;

export type Stage = keyof typeof STAGE_PROGRESS;

// Progress within a stage is persisted and published at most this often, and only when it
// moved by at least a percent: enough for a live bar, cheap for a ten-hour file.
const MIN_INTERVAL_MS = 250;
const MIN_STEP = 0.01;

/**
 * Persists (owner-fenced) and publishes a running job's stage and progress. A stage change
 * always goes out; progress inside a stage is throttled.
 */
export class ProgressReporter {
  private stage: string;
  private progress: number;
  private lastWrite = 0;

  constructor(
    private readonly job: Transcription,
    private readonly workerId: string,
    private readonly deps: { queue: JobQueueRepository; events: EventBroker; jobLog: JobLog; clock: Clock },
  ) {
    this.stage = job.progressStage ?? 'preparing';
    this.progress = job.progress;
  }

  enter(stage: Stage, progress: number = STAGE_PROGRESS[stage]): void {
    if (stage === this.stage && progress === this.progress) return;
    const changed = stage !== this.stage;
    this.write(stage, Math.max(this.progress, progress));
    if (changed) this.deps.jobLog.info(this.job.id, `Stage: ${stage}.`);
  }

  /** Progress inside the current stage, as a fraction mapped onto [from, to]. */
  within(stage: Stage, from: number, to: number, fraction: number): void {
    const value = from + (to - from) * Math.min(1, Math.max(0, fraction));
    const now = Date.now();
    if (stage === this.stage && (value - this.progress < MIN_STEP || now - this.lastWrite < MIN_INTERVAL_MS)) return;
    this.enter(stage, value);
  }

  get current(): { stage: string; progress: number } {
    return { stage: this.stage, progress: this.progress };
  }

  private write(stage: string, progress: number): void {
    const rounded = Math.round(progress * 1000) / 1000;
    this.stage = stage;
    this.progress = rounded;
    this.lastWrite = Date.now();
    const persisted = this.deps.queue.updateProgress(this.job.id, this.workerId, rounded, stage, this.deps.clock.now().toISOString());
    if (persisted) {
      this.deps.events.publish('transcription.progress', this.job.userId, { id: this.job.id, status: 'processing', progress: rounded, stage }, this.job.id);
    }
  }
}
