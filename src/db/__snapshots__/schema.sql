-- index api_keys_user
CREATE INDEX api_keys_user ON api_keys (user_id, created_at);

-- index files_user_created
CREATE INDEX files_user_created ON files (user_id, created_at, id);

-- index idempotency_keys_created
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- index profiles_one_default
CREATE UNIQUE INDEX profiles_one_default ON profiles (user_id) WHERE is_default = 1;

-- index profiles_user_created
CREATE INDEX profiles_user_created ON profiles (user_id, created_at, id);

-- index refresh_tokens_family
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

-- index refresh_tokens_user
CREATE INDEX refresh_tokens_user ON refresh_tokens (user_id);

-- index transcription_executions_job
CREATE INDEX transcription_executions_job ON transcription_executions (transcription_id, started_at, id);

-- index transcription_log_lines_job
CREATE INDEX transcription_log_lines_job ON transcription_log_lines (transcription_id, id);

-- index transcriptions_claim
CREATE INDEX transcriptions_claim ON transcriptions (status, queued_at, created_at, id);

-- index transcriptions_claim_expiry
CREATE INDEX transcriptions_claim_expiry ON transcriptions (claim_expires_at) WHERE claim_expires_at IS NOT NULL;

-- index transcriptions_file
CREATE INDEX transcriptions_file ON transcriptions (file_id);

-- index transcriptions_user_created
CREATE INDEX transcriptions_user_created ON transcriptions (user_id, created_at, id);

-- table api_keys
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT,
  key_hash TEXT NOT NULL UNIQUE,
  key_preview TEXT NOT NULL,
  is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
  last_used_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
  ) STRICT;

-- table files
CREATE TABLE files (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('audio', 'video', 'youtube')),
  status TEXT NOT NULL CHECK (status IN ('uploaded', 'processing', 'ready', 'failed')),
  mime_type TEXT,
  size_bytes INTEGER,
  duration_seconds REAL,
  storage_key TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
  ) STRICT;

-- table idempotency_keys
CREATE TABLE idempotency_keys (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  route TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  response_status INTEGER,
  response_json TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
  ) STRICT, WITHOUT ROWID;

-- table profiles
CREATE TABLE profiles (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  description TEXT,
  is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
  options_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
  ) STRICT;

-- table refresh_tokens
CREATE TABLE refresh_tokens (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  family_id TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  replaced_by TEXT,
  created_at TEXT NOT NULL
  ) STRICT;

-- table schema_migrations
CREATE TABLE schema_migrations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
  ) STRICT;

-- table settings
CREATE TABLE settings (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value_json TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
  ) STRICT, WITHOUT ROWID;

-- table transcription_executions
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

-- table transcription_log_lines
CREATE TABLE transcription_log_lines (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  transcription_id TEXT NOT NULL REFERENCES transcriptions (id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('info', 'warn', 'error')),
  message TEXT NOT NULL
  ) STRICT;

-- table transcriptions
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
  , error_code TEXT, warnings_json TEXT) STRICT;

-- table users
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL COLLATE NOCASE UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'user')),
  token_version INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
  ) STRICT;
