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

// Progress within a stage is reported at most this often, and only when it moved by at least
// a percent: enough for a live bar, cheap for a ten-hour file.
const MIN_REPORT_INTERVAL_MS = 250;
const MIN_STEP = 0.01;
// Every commit is an fsync (synchronous=FULL), so the row is written at most this often: a
// change arriving sooner is written when the interval ends (or with the job's final commit,
// whichever comes first). Events go out at once either way.
const PERSIST_INTERVAL_MS = 50;

/**
 * A running job's stage and progress: published to live clients at once, persisted to the row
 * (owner-fenced, with the job's buffered log lines and any queued extra writes) debounced.
 */
export class ProgressReporter {
  private stage: string;
  private progress: number;
  private lastPersist: number;
  private lastReport = 0;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly extras: (() => void)[] = [];
  private owned = true;

  constructor(
    private readonly job: Transcription,
    private readonly workerId: string,
    private readonly deps: { queue: JobQueueRepository; events: EventBroker; jobLog: JobLog; clock: Clock },
  ) {
    this.stage = job.progressStage ?? 'preparing';
    this.progress = job.progress;
    // The claim just wrote the row.
    this.lastPersist = Date.now();
  }

  enter(stage: Stage, progress: number = STAGE_PROGRESS[stage]): void {
    if (stage === this.stage && progress <= this.progress) return;
    if (stage !== this.stage) this.deps.jobLog.info(this.job.id, `Stage: ${stage}.`);
    this.report(stage, Math.max(this.progress, progress));
  }

  /** Progress inside a stage, as a fraction mapped onto [from, to]. */
  within(stage: Stage, from: number, to: number, fraction: number): void {
    const value = from + (to - from) * Math.min(1, Math.max(0, fraction));
    if (stage === this.stage && (value - this.progress < MIN_STEP || Date.now() - this.lastReport < MIN_REPORT_INTERVAL_MS)) return;
    this.enter(stage, value);
  }

  /** Queues a write to go into the next commit (what the execution runs with, say). */
  also(write: () => void): void {
    this.extras.push(write);
    this.schedule();
  }

  /** The job's final write: runs with the queued writes and log lines in one transaction. */
  finish<T>(write: () => T): T {
    this.stop();
    return this.deps.jobLog.commit(this.job.id, () => {
      this.runExtras();
      return write();
    });
  }

  get current(): { stage: string; progress: number } {
    return { stage: this.stage, progress: this.progress };
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private report(stage: string, progress: number): void {
    const rounded = Math.round(progress * 1000) / 1000;
    this.stage = stage;
    this.progress = rounded;
    this.dirty = true;
    this.schedule();
    if (!this.owned) return;
    this.lastReport = Date.now();
    this.deps.events.publish('transcription.progress', this.job.userId, { id: this.job.id, status: 'processing', progress: rounded, stage }, this.job.id);
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = this.lastPersist + PERSIST_INTERVAL_MS - Date.now();
    if (wait <= 0) this.persist();
    else this.timer = setTimeout(() => this.persist(), wait);
  }

  private persist(): void {
    this.timer = undefined;
    this.lastPersist = Date.now();
    const { queue, clock, jobLog } = this.deps;
    const dirty = this.dirty;
    this.dirty = false;
    const owned = jobLog.commit(this.job.id, () => {
      this.runExtras();
      return dirty ? queue.updateProgress(this.job.id, this.workerId, this.progress, this.stage, clock.now().toISOString()) : true;
    });
    // A job that is no longer ours (canceled, lease lost) reports nothing more.
    if (!owned) this.owned = false;
  }

  private runExtras(): void {
    for (const write of this.extras.splice(0)) write();
  }
}
