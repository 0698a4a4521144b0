import type { Generated } from 'kysely';

/** Row shapes of every table, as SQLite stores them (snake_case, 0/1 booleans, ISO-8601 text times). */

export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  role: 'admin' | 'user';
  /** Bumped on password change; access tokens carrying an older version are rejected. */
  token_version: number;
  created_at: string;
  updated_at: string;
}

export interface RefreshTokensTable {
  id: string;
  user_id: string;
  /** All tokens rotated from one login share a family; reuse of a rotated token revokes it. */
  family_id: string;
  token_hash: string;
  expires_at: string;
  revoked_at: string | null;
  replaced_by: string | null;
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  user_id: string;
  name: string;
  description: string | null;
  key_hash: string;
  key_preview: string;
  is_active: number;
  last_used_at: string | null;
  created_at: string;
  updated_at: string;
}

export type FileKind = 'audio' | 'video' | 'youtube';
export type FileStatus = 'uploaded' | 'processing' | 'ready' | 'failed';

export interface FilesTable {
  id: string;
  user_id: string;
  title: string;
  kind: FileKind;
  status: FileStatus;
  mime_type: string | null;
  size_bytes: number | null;
  duration_seconds: number | null;
  storage_key: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export type TranscriptionStatus = 'queued' | 'processing' | 'completed' | 'failed' | 'canceled';

export interface TranscriptionsTable {
  id: string;
  user_id: string;
  file_id: string;
  title: string;
  status: TranscriptionStatus;
  attempts: number;
  options_json: string;
  profile_id: string | null;
  source_transcription_id: string | null;
  transcript_json: string | null;
  output_json_path: string | null;
  last_error: string | null;
  error_code: string | null;
  warnings_json: string | null;
  engine_id: string | null;
  queued_at: string | null;
  started_at: string | null;
  completed_at: string | null;
  failed_at: string | null;
  canceled_at: string | null;
  progress: number;
  progress_stage: string | null;
  claimed_by: string | null;
  claim_expires_at: string | null;
  created_at: string;
  updated_at: string;
}

export type ExecutionStatus = 'processing' | 'completed' | 'failed' | 'canceled';

export interface TranscriptionExecutionsTable {
  id: string;
  transcription_id: string;
  user_id: string;
  status: ExecutionStatus;
  provider: string | null;
  model_id: string | null;
  model_family: string | null;
  request_json: string | null;
  started_at: string;
  completed_at: string | null;
  failed_at: string | null;
  error_message: string | null;
  output_json_path: string | null;
  metrics_json: string | null;
}

export interface TranscriptionLogLinesTable {
  id: Generated<number>;
  transcription_id: string;
  at: string;
  level: 'info' | 'warn' | 'error';
  message: string;
}

export interface ProfilesTable {
  id: string;
  user_id: string;
  name: string;
  description: string | null;
  is_default: number;
  options_json: string;
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  user_id: string;
  key: string;
  value_json: string;
  updated_at: string;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  route: string;
  request_hash: string;
  /** Null while the first request with this key is still running. */
  response_status: number | null;
  response_json: string | null;
  created_at: string;
}

export interface Tables {
  users: UsersTable;
  refresh_tokens: RefreshTokensTable;
  api_keys: ApiKeysTable;
  files: FilesTable;
  transcriptions: TranscriptionsTable;
  transcription_executions: TranscriptionExecutionsTable;
  transcription_log_lines: TranscriptionLogLinesTable;
  profiles: ProfilesTable;
  settings: SettingsTable;
  idempotency_keys: IdempotencyKeysTable;
}
