import type { JobLogRepository, LogLevel, LogLine } from '../db/repositories/index.js';
import type { Clock } from '../shared/clock.js';
import { sanitizeMessage } from '../shared/sanitize.js';

/**
 * A job's own log (shown to its owner by GET /transcriptions/{id}/logs): lifecycle steps,
 * stages, models, durations and sanitized errors; never transcript text or paths.
 *
 * Lines are buffered and written in the same transaction as the job's next state change
 * (`commit`), because with synchronous=FULL every separate commit costs an fsync, and a job
 * writes about ten lines. Readers see buffered lines too.
 */
export class JobLog {
  private readonly pending = new Map<string, LogLine[]>();

  constructor(
    private readonly deps: {
      repository: JobLogRepository;
      clock: Clock;
      /** Runs a function in one write transaction (nested calls join the outer one). */
      atomically: <T>(fn: () => T) => T;
      secrets?: readonly string[];
    },
  ) {}

  info(jobId: string, message: string): void {
    this.add(jobId, 'info', message);
  }

  warn(jobId: string, message: string): void {
    this.add(jobId, 'warn', message);
  }

  error(jobId: string, message: string): void {
    this.add(jobId, 'error', message);
  }

  /**
   * Runs a state change and writes buffered lines (including any `fn` adds) in the same
   * transaction: the job's lines, or with `null` every job's.
   */
  commit<T>(jobId: string | null, fn: () => T): T {
    return this.deps.atomically(() => {
      const result = fn();
      this.flush(jobId ?? undefined);
      return result;
    });
  }

  /** Writes buffered lines now: of one job, or of every job. */
  flush(jobId?: string): void {
    const ids = jobId === undefined ? [...this.pending.keys()] : [jobId];
    this.deps.atomically(() => {
      for (const id of ids) {
        const lines = this.pending.get(id);
        this.pending.delete(id);
        if (lines?.length) this.deps.repository.appendMany(id, lines);
      }
    });
  }

  lines(jobId: string): LogLine[] {
    return [...this.deps.repository.list(jobId), ...(this.pending.get(jobId) ?? [])];
  }

  private add(jobId: string, level: LogLevel, message: string): void {
    // Log lines may be longer than API error messages: they carry install instructions.
    const line = { at: this.deps.clock.now().toISOString(), level, message: sanitizeMessage(message, this.deps.secrets, 1_000) };
    const lines = this.pending.get(jobId);
    if (lines) lines.push(line);
    else this.pending.set(jobId, [line]);
  }
}
