import type { Migration } from './migration.js';

export const createProfilesAndSettings: Migration = {
  id: 3,
  name: 'create-profiles-and-settings',
  sql: `
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
    CREATE INDEX profiles_user_created ON profiles (user_id, created_at, id);
    -- At most one default profile per user.
    CREATE UNIQUE INDEX profiles_one_default ON profiles (user_id) WHERE is_default = 1;

    CREATE TABLE settings (
      user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      value_json TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (user_id, key)
    ) STRICT, WITHOUT ROWID;
  `,
};
