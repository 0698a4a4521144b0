import type { Database } from '../database.js';
import type { UsersTable } from '../tables.js';

export interface User {
  id: string;
  username: string;
  passwordHash: string;
  role: 'admin' | 'user';
  tokenVersion: number;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = ['id', 'username', 'password_hash', 'role', 'token_version', 'created_at', 'updated_at'] as const;

function toUser(row: Pick<UsersTable, (typeof COLUMNS)[number]>): User {
  return {
    id: row.id,
    username: row.username,
    passwordHash: row.password_hash,
    role: row.role,
    tokenVersion: row.token_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class UsersRepository {
  constructor(private readonly db: Database) {}

  count(): number {
    const row = this.db.first(this.db.query.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')));
    return row?.n ?? 0;
  }

  findById(id: string): User | undefined {
    const row = this.db.first(this.db.query.selectFrom('users').select(COLUMNS).where('id', '=', id));
    return row && toUser(row);
  }

  /** Usernames compare case-insensitively (the column is COLLATE NOCASE). */
  findByUsername(username: string): User | undefined {
    const row = this.db.first(this.db.query.selectFrom('users').select(COLUMNS).where('username', '=', username));
    return row && toUser(row);
  }

  /** Inserts the first user; returns false (and writes nothing) when any user already exists. */
  insertFirst(user: User): boolean {
    return this.db.immediate(() => {
      if (this.count() > 0) return false;
      this.insert(user);
      return true;
    });
  }

  insert(user: User): void {
    this.db.run(
      this.db.query.insertInto('users').values({
        id: user.id,
        username: user.username,
        password_hash: user.passwordHash,
        role: user.role,
        token_version: user.tokenVersion,
        created_at: user.createdAt,
        updated_at: user.updatedAt,
      }),
    );
  }

  /** Stores a new password hash and invalidates every access token issued before it. */
  updatePassword(id: string, passwordHash: string, now: string): void {
    this.db.run(
      this.db.query
        .updateTable('users')
        .set((eb) => ({ password_hash: passwordHash, token_version: eb('token_version', '+', 1), updated_at: now }))
        .where('id', '=', id),
    );
  }

  /** Invalidates every access token issued to the user so far. */
  bumpTokenVersion(id: string, now: string): void {
    this.db.run(this.db.query.updateTable('users').set((eb) => ({ token_version: eb('token_version', '+', 1), updated_at: now })).where('id', '=', id));
  }

  updateUsername(id: string, username: string, now: string): void {
    this.db.run(this.db.query.updateTable('users').set({ username, updated_at: now }).where('id', '=', id));
  }
}
