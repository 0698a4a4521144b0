import type { Database } from '../database.js';

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogLine {
  at: string;
  level: LogLevel;
  message: string;
}

// Enough for any real job's lifecycle; a runaway loop cannot grow one job's log without bound.
const MAX_LINES_READ = 5_000;

/** The per-job log behind GET /transcriptions/{id}/logs. Messages must already be sanitized. */
export class JobLogRepository {
  constructor(private readonly db: Database) {}

  appendMany(transcriptionId: string, lines: readonly LogLine[]): void {
    if (lines.length === 0) return;
    this.db.run(this.db.query.insertInto('transcription_log_lines').values(lines.map((line) => ({ transcription_id: transcriptionId, ...line }))));
  }

  list(transcriptionId: string): LogLine[] {
    return this.db.all(
      this.db.query
        .selectFrom('transcription_log_lines')
        .select(['at', 'level', 'message'])
        .where('transcription_id', '=', transcriptionId)
        .orderBy('id')
        .limit(MAX_LINES_READ),
    );
  }
}
