import type { JobLogRepository, LogLevel } from '../db/repositories/index.js';
import type { Clock } from '../shared/clock.js';
import { sanitizeMessage } from '../shared/sanitize.js';

/**
 * Writes a job's own log (shown to its owner by GET /transcriptions/{id}/logs): lifecycle
 * steps, stages, models, durations and sanitized errors; never transcript text or paths.
 */
export class JobLog {
  constructor(private readonly deps: { repository: JobLogRepository; clock: Clock; secrets?: readonly string[] }) {}

  info(jobId: string, message: string): void {
    this.write(jobId, 'info', message);
  }

  warn(jobId: string, message: string): void {
    this.write(jobId, 'warn', message);
  }

  error(jobId: string, message: string): void {
    this.write(jobId, 'error', message);
  }

  private write(jobId: string, level: LogLevel, message: string): void {
    this.deps.repository.append(jobId, {
      at: this.deps.clock.now().toISOString(),
      level,
      message: sanitizeMessage(message, this.deps.secrets),
    });
  }
}
