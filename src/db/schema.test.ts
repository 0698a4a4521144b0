import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

let dir: string;
let db: Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-schema-'));
  db = openDatabase(path.join(dir, 'scriberr.db'));
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function schemaText(): string {
  const rows = db.connection
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[];
  return rows.map((row) => `-- ${row.type} ${row.name}\n${row.sql.replace(/^\s+/gm, '  ').trim()};\n`).join('\n');
}

describe('database schema', () => {
  it('matches the reviewed snapshot', async () => {
    migrate(db);
    await expect(schemaText()).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });

  it('applies every migration once and is a no-op the second time', () => {
    const first = migrate(db);
    expect(first.applied).toHaveLength(MIGRATIONS.length);
    expect(first.version).toBe(MIGRATIONS.at(-1)?.id);
    const second = migrate(db);
    expect(second.applied).toEqual([]);
  });

  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.id)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('opens with WAL, full sync, foreign keys and a busy timeout', () => {
    expect(db.connection.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.connection.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.connection.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.connection.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('allows at most one default profile per user', () => {
    migrate(db);
    const now = new Date().toISOString();
    db.connection.prepare("INSERT INTO users VALUES ('user_1', 'ada', 'x', 'admin', 0, ?, ?)").run(now, now);
    const insert = db.connection.prepare(
      "INSERT INTO profiles (id, user_id, name, is_default, options_json, created_at, updated_at) VALUES (?, 'user_1', ?, 1, '{}', ?, ?)",
    );
    insert.run('profile_1', 'one', now, now);
    expect(() => insert.run('profile_2', 'two', now, now)).toThrow(/UNIQUE/);
  });
});
