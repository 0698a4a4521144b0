import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely';
import type { Tables } from './tables.js';

export const DATABASE_FILE_NAME = 'scriberr.db';
const BUSY_TIMEOUT_MS = 5_000;
const STATEMENT_CACHE_LIMIT = 500;

type SqlValue = string | number | bigint | Buffer | null;

function toSqlValue(value: unknown): SqlValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as SqlValue;
}

/**
 * SQLite access: Kysely builds typed queries, better-sqlite3 runs them synchronously.
 *
 * Running synchronously is deliberate: a transaction is a plain function call, so it can never
 * be held open across an `await`, and `immediate()` takes SQLite's write lock up front
 * (`BEGIN IMMEDIATE`), which a deferred transaction that later writes would fail to get with
 * SQLITE_BUSY at once, whatever the busy timeout.
 */
export class Database {
  /** Query builder only: never execute through it; pass what it builds to `all/first/run`. */
  readonly query: Kysely<Tables>;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(readonly connection: BetterSqlite3.Database) {
    this.query = new Kysely<Tables>({
      dialect: {
        createAdapter: () => new SqliteAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (db) => new SqliteIntrospector(db),
        createQueryCompiler: () => new SqliteQueryCompiler(),
      },
    });
  }

  all<Row>(query: Compilable<Row>): Row[] {
    const { sql, parameters } = query.compile();
    return this.prepare(sql).all(...parameters.map(toSqlValue)) as Row[];
  }

  first<Row>(query: Compilable<Row>): Row | undefined {
    const { sql, parameters } = query.compile();
    const statement = this.prepare(sql);
    return (statement.reader ? statement.get(...parameters.map(toSqlValue)) : undefined) as Row | undefined;
  }

  /** Runs a write; returns the number of rows it changed. */
  run(query: Compilable<unknown>): number {
    const { sql, parameters } = query.compile();
    const statement = this.prepare(sql);
    if (statement.reader) return statement.all(...parameters.map(toSqlValue)).length;
    return statement.run(...parameters.map(toSqlValue)).changes;
  }

  /** Runs `fn` inside `BEGIN IMMEDIATE … COMMIT`; any throw rolls back. Nested calls become savepoints. */
  immediate<T>(fn: () => T): T {
    return this.connection.transaction(fn).immediate();
  }

  close(): void {
    this.statements.clear();
    this.connection.close();
  }

  private prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
      statement = this.connection.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/**
 * Opens (creating if needed) the database file with the settings every connection needs:
 * WAL so readers never block the writer, synchronous=FULL so an acknowledged job or upload
 * survives a power cut, foreign keys on, and a busy timeout so concurrent writers wait
 * instead of failing.
 */
export function openDatabase(file: string): Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const connection = new BetterSqlite3(file);
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return new Database(connection);
}
