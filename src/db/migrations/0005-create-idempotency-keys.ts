import type { Migration } from './migration.js';

export const createIdempotencyKeys: Migration = {
  id: 5,
  name: 'create-idempotency-keys',
  sql: `
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
    CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
  `,
};
