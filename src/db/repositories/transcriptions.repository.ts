import { sql } from 'kysely';
import type { Database } from '../database.js';
import { containsText, keysetAfter, keysetOrder, type SortSpec } from '../keyset.js';
import type { TranscriptionStatus, TranscriptionsTable } from '../tables.js';

/** The options a job runs with (stored as JSON in `options_json`, snake_case like the API). */
export interface JobOptions {
  model?: string;
  language?: string;
  task?: 'transcribe' | 'translate';
  diarization?: boolean;
  num_speakers?: number;
  min_speakers?: number;
  max_speakers?: number;
}

export interface Transcription {
  id: string;
  userId: string;
  fileId: string;
  title: string;
  status: TranscriptionStatus;
  attempts: number;
  options: JobOptions;
  profileId: string | null;
  sourceTranscriptionId: string | null;
  /** Stored transcript text (JSON, or plain text in old rows); read with parseStoredTranscript. */
  transcriptJson: string | null;
  outputJsonPath: string | null;
  lastError: string | null;
  /** Stable code of the failure (`MODEL_NOT_INSTALLED`, `ENGINE_CRASHED`, …). */
  errorCode: string | null;
  /** What a completed job had to do without (`diarization failed: …`). */
  warnings: string[];
  engineId: string | null;
  queuedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  failedAt: string | null;
  canceledAt: string | null;
  progress: number;
  progressStage: string | null;
  claimedBy: string | null;
  claimExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const TRANSCRIPTION_COLUMNS = [
  'transcriptions.id', 'transcriptions.user_id', 'transcriptions.file_id', 'transcriptions.title', 'transcriptions.status',
  'transcriptions.attempts', 'transcriptions.options_json', 'transcriptions.profile_id', 'transcriptions.source_transcription_id',
  'transcriptions.transcript_json', 'transcriptions.output_json_path', 'transcriptions.last_error', 'transcriptions.error_code',
  'transcriptions.warnings_json', 'transcriptions.engine_id',
  'transcriptions.queued_at', 'transcriptions.started_at', 'transcriptions.completed_at', 'transcriptions.failed_at',
  'transcriptions.canceled_at', 'transcriptions.progress', 'transcriptions.progress_stage', 'transcriptions.claimed_by',
  'transcriptions.claim_expires_at', 'transcriptions.created_at', 'transcriptions.updated_at',
] as const;

function parseOptions(json: string): JobOptions {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

function parseWarnings(json: string | null): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];
  } catch {
    return [];
  }
}

export function toTranscription(row: TranscriptionsTable): Transcription {
  return {
    id: row.id,
    userId: row.user_id,
    fileId: row.file_id,
    title: row.title,
    status: row.status,
    attempts: row.attempts,
    options: parseOptions(row.options_json),
    profileId: row.profile_id,
    sourceTranscriptionId: row.source_transcription_id,
    transcriptJson: row.transcript_json,
    outputJsonPath: row.output_json_path,
    lastError: row.last_error,
    errorCode: row.error_code,
    warnings: parseWarnings(row.warnings_json),
    engineId: row.engine_id,
    queuedAt: row.queued_at,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    failedAt: row.failed_at,
    canceledAt: row.canceled_at,
    progress: row.progress,
    progressStage: row.progress_stage,
    claimedBy: row.claimed_by,
    claimExpiresAt: row.claim_expires_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface NewTranscription {
  id: string;
  userId: string;
  fileId: string;
  title: string;
  options: JobOptions;
  profileId: string | null;
  sourceTranscriptionId: string | null;
  now: string;
}

export interface TranscriptionListQuery {
  userId: string;
  q?: string | undefined;
  status?: TranscriptionStatus | undefined;
  fileId?: string | undefined;
  updatedAfter?: string | undefined;
  sort: SortSpec;
  after?: { value: string | number; id: string } | undefined;
  limit: number;
}

/** Transcriptions as records (create, read, rename, delete). Queue state changes live in JobQueueRepository. */
export class TranscriptionsRepository {
  constructor(private readonly db: Database) {}

  /** Inserts the job already queued: committed before any worker is woken. */
  insertQueued(job: NewTranscription): void {
    this.db.run(
      this.db.query.insertInto('transcriptions').values({
        id: job.id,
        user_id: job.userId,
        file_id: job.fileId,
        title: job.title,
        status: 'queued',
        attempts: 0,
        options_json: JSON.stringify(job.options),
        profile_id: job.profileId,
        source_transcription_id: job.sourceTranscriptionId,
        queued_at: job.now,
        progress: 0,
        progress_stage: 'queued',
        created_at: job.now,
        updated_at: job.now,
      }),
    );
  }

  findById(id: string): Transcription | undefined {
    const row = this.db.first(this.db.query.selectFrom('transcriptions').select(TRANSCRIPTION_COLUMNS).where('id', '=', id));
    return row && toTranscription(row);
  }

  findForUser(userId: string, id: string): Transcription | undefined {
    const row = this.db.first(
      this.db.query.selectFrom('transcriptions').select(TRANSCRIPTION_COLUMNS).where('id', '=', id).where('user_id', '=', userId),
    );
    return row && toTranscription(row);
  }

  /** A queued or running retry of `sourceId`, if one exists: one at a time per source. */
  /**
   * A queued or processing job among the retries of the job's lineage: the first job it was
   * retried from, and every retry of it, of its retries, and so on.
   */
  findActiveInRetryLineage(userId: string, id: string): { id: string; status: TranscriptionStatus } | undefined {
    const query = sql<{ id: string; status: TranscriptionStatus }>`
      WITH RECURSIVE ancestors(id, source) AS (
        SELECT id, source_transcription_id FROM transcriptions WHERE id = ${id} AND user_id = ${userId}
        UNION
        SELECT t.id, t.source_transcription_id FROM transcriptions t JOIN ancestors a ON t.id = a.source
      ),
      lineage(id) AS (
        SELECT id FROM ancestors WHERE source IS NULL
        UNION
        SELECT t.id FROM transcriptions t JOIN lineage l ON t.source_transcription_id = l.id
      )
      SELECT t.id, t.status FROM transcriptions t JOIN lineage l ON t.id = l.id
      WHERE t.status IN ('queued', 'processing')
      ORDER BY t.created_at
      LIMIT 1`;
    return this.db.first({ compile: () => query.compile(this.db.query) });
  }

  list(query: TranscriptionListQuery): Transcription[] {
    let select = this.db.query.selectFrom('transcriptions').select(TRANSCRIPTION_COLUMNS).where('user_id', '=', query.userId);
    if (query.q) select = select.where(containsText('transcriptions.title', query.q));
    if (query.status) select = select.where('status', '=', query.status);
    if (query.fileId) select = select.where('file_id', '=', query.fileId);
    if (query.updatedAfter) select = select.where('updated_at', '>', query.updatedAfter);
    if (query.after) select = select.where(keysetAfter('transcriptions', query.sort, query.after.value, query.after.id));
    return this.db.all(select.orderBy(keysetOrder('transcriptions', query.sort)).limit(query.limit)).map(toTranscription);
  }

  updateTitle(userId: string, id: string, title: string, now: string): boolean {
    return (
      this.db.run(this.db.query.updateTable('transcriptions').set({ title, updated_at: now }).where('id', '=', id).where('user_id', '=', userId)) === 1
    );
  }

  /** Deletes the row (executions and log lines go with it); returns the row as it was. */
  delete(userId: string, id: string): Transcription | undefined {
    return this.db.immediate(() => {
      const row = this.findForUser(userId, id);
      if (!row) return undefined;
      // Retries made from this job keep existing; they only lose the link back.
      this.db.run(this.db.query.deleteFrom('transcriptions').where('id', '=', id));
      return row;
    });
  }

  /** Ids of a user's jobs that use a file (for deleting a file with its transcriptions). */
  idsForFile(userId: string, fileId: string): string[] {
    return this.db
      .all(this.db.query.selectFrom('transcriptions').select('id').where('user_id', '=', userId).where('file_id', '=', fileId))
      .map((r) => r.id);
  }
}
