import type { Migration } from './migration.js';

export const createTranscriptions: Migration = {
  id: 4,
  name: 'create-transcriptions',
  sql: `
    -- A transcription row is also its queue job: status, attempts and the claim live here.
    CREATE TABLE transcriptions (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      file_id TEXT NOT NULL REFERENCES files (id),
      title TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('queued', 'processing', 'completed', 'failed', 'canceled')),
      attempts INTEGER NOT NULL DEFAULT 0,
      options_json TEXT NOT NULL DEFAULT '{}',
      profile_id TEXT REFERENCES profiles (id) ON DELETE SET NULL,
      source_transcription_id TEXT REFERENCES transcriptions (id) ON DELETE SET NULL,
      transcript_json TEXT,
      output_json_path TEXT,
      last_error TEXT,
      engine_id TEXT,
      queued_at TEXT,
      started_at TEXT,
      completed_at TEXT,
      failed_at TEXT,
      canceled_at TEXT,
      progress REAL NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
      progress_stage TEXT,
      claimed_by TEXT,
      claim_expires_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX transcriptions_claim ON transcriptions (status, queued_at, created_at, id);
    CREATE INDEX transcriptions_claim_expiry ON transcriptions (claim_expires_at) WHERE claim_expires_at IS NOT NULL;
    CREATE INDEX transcriptions_user_created ON transcriptions (user_id, created_at, id);
    CREATE INDEX transcriptions_file ON transcriptions (file_id);

    -- One row per attempt at a job.
    CREATE TABLE transcription_executions (
      id TEXT PRIMARY KEY,
      transcription_id TEXT NOT NULL REFERENCES transcriptions (id) ON DELETE CASCADE,
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      status TEXT NOT NULL CHECK (status IN ('processing', 'completed', 'failed', 'canceled')),
      provider TEXT,
      model_id TEXT,
      model_family TEXT,
      request_json TEXT,
      started_at TEXT NOT NULL,
      completed_at TEXT,
      failed_at TEXT,
      error_message TEXT,
      output_json_path TEXT,
      metrics_json TEXT
    ) STRICT;
    CREATE INDEX transcription_executions_job ON transcription_executions (transcription_id, started_at, id);

    -- The sanitized job log behind GET /transcriptions/{id}/logs.
    CREATE TABLE transcription_log_lines (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      transcription_id TEXT NOT NULL REFERENCES transcriptions (id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('info', 'warn', 'error')),
      message TEXT NOT NULL
    ) STRICT;
    CREATE INDEX transcription_log_lines_job ON transcription_log_lines (transcription_id, id);
  `,
};
