import type { Migration } from './migration.js';

export const createFiles: Migration = {
  id: 2,
  name: 'create-files',
  sql: `
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
    CREATE INDEX files_user_created ON files (user_id, created_at, id);
  `,
};
