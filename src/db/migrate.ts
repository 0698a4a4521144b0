import type { Database } from './database.js';
import { MIGRATIONS, type Migration } from './migrations/index.js';

export interface MigrationReport {
  applied: string[];
  version: number;
}

/**
 * Applies every migration newer than the database, each in its own IMMEDIATE transaction, so
 * two processes starting at once on one file apply each migration exactly once.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): MigrationReport {
  const connection = db.connection;
  connection.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const isApplied = connection.prepare('SELECT 1 FROM schema_migrations WHERE id = ?');
  const record = connection.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
  const applied: string[] = [];
  for (const migration of migrations) {
    db.immediate(() => {
      if (isApplied.get(migration.id)) return;
      connection.exec(migration.sql);
      record.run(migration.id, migration.name, new Date().toISOString());
      applied.push(`${String(migration.id).padStart(4, '0')}-${migration.name}`);
    });
  }
  const latest = connection.prepare('SELECT MAX(id) AS version FROM schema_migrations').get() as { version: number | null };
  return { applied, version: latest.version ?? 0 };
}
