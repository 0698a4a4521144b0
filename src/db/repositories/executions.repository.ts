import type { Database } from '../database.js';
import type { ExecutionStatus } from '../tables.js';

export interface Execution {
  id: string;
  transcriptionId: string;
  status: ExecutionStatus;
  provider: string | null;
  modelId: string | null;
  modelFamily: string | null;
  startedAt: string;
  completedAt: string | null;
  failedAt: string | null;
  errorMessage: string | null;
  metricsJson: string | null;
}

export class ExecutionsRepository {
  constructor(private readonly db: Database) {}

  /** A job's attempts, oldest first; `after` is the id of the last one already seen. */
  listForJob(transcriptionId: string, limit: number, after?: { startedAt: string; id: string }): Execution[] {
    let select = this.db.query
      .selectFrom('transcription_executions')
      .select(['id', 'transcription_id', 'status', 'provider', 'model_id', 'model_family', 'started_at', 'completed_at', 'failed_at', 'error_message', 'metrics_json'])
      .where('transcription_id', '=', transcriptionId);
    if (after) {
      select = select.where((eb) =>
        eb.or([eb('started_at', '>', after.startedAt), eb.and([eb('started_at', '=', after.startedAt), eb('id', '>', after.id)])]),
      );
    }
    return this.db.all(select.orderBy('started_at').orderBy('id').limit(limit)).map((row) => ({
      id: row.id,
      transcriptionId: row.transcription_id,
      status: row.status,
      provider: row.provider,
      modelId: row.model_id,
      modelFamily: row.model_family,
      startedAt: row.started_at,
      completedAt: row.completed_at,
      failedAt: row.failed_at,
      errorMessage: row.error_message,
      metricsJson: row.metrics_json,
    }));
  }
}
