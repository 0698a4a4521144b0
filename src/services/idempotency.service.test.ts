import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Database } from '../db/index.js';
import { IdempotencyRepository } from '../db/repositories/index.js';
import { AppError } from '../shared/errors.js';
import { IdempotencyService } from './idempotency.service.js';

let dir: string;
let db: Database;
let now: Date;
let service: IdempotencyService;
const scope = { userId: 'user_1', key: 'k1', route: 'POST /things', requestHash: 'h1' };

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-idem-'));
  db = openDatabase(path.join(dir, 'scriberr.db'));
  migrate(db);
  const stamp = new Date().toISOString();
  db.connection.prepare("INSERT INTO users VALUES ('user_1', 'ada', 'x', 'admin', 0, ?, ?)").run(stamp, stamp);
  now = new Date('2026-06-01T00:00:00Z');
  service = new IdempotencyService({ repository: new IdempotencyRepository(db), clock: { now: () => now } });
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const created = (id: string) => async () => ({ status: 201, body: { id } });

function codeOf(err: unknown): string | undefined {
  return err instanceof AppError ? err.code : undefined;
}

describe('IdempotencyService', () => {
  it('runs every request that has no key', async () => {
    expect((await service.run({ ...scope, key: undefined }, created('a'))).body).toEqual({ id: 'a' });
    expect((await service.run({ ...scope, key: undefined }, created('b'))).body).toEqual({ id: 'b' });
  });

  it('replays the stored response for the same key and request', async () => {
    await service.run(scope, created('a'));
    const replay = await service.run(scope, created('b'));
    expect(replay).toEqual({ status: 201, body: { id: 'a' }, replayed: true });
  });

  it('refuses the key for a different request or route', async () => {
    await service.run(scope, created('a'));
    await expect(service.run({ ...scope, requestHash: 'h2' }, created('b'))).rejects.toSatisfy((e) => codeOf(e) === 'IDEMPOTENCY_KEY_REUSED');
    await expect(service.run({ ...scope, route: 'POST /other' }, created('b'))).rejects.toSatisfy((e) => codeOf(e) === 'IDEMPOTENCY_KEY_REUSED');
  });

  it('answers 409 to a retry that arrives while the first request is still running', async () => {
    let finish!: () => void;
    const first = service.run(scope, () => new Promise((resolve) => (finish = () => resolve({ status: 201, body: { id: 'a' } }))));
    await expect(service.run(scope, created('b'))).rejects.toSatisfy((e) => codeOf(e) === 'IDEMPOTENCY_KEY_IN_USE');
    finish();
    expect((await first).body).toEqual({ id: 'a' });
  });

  it('frees the key when the request fails', async () => {
    await expect(service.run(scope, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await service.run(scope, created('b'))).body).toEqual({ id: 'b' });
  });

  it('forgets keys after 24 hours', async () => {
    await service.run(scope, created('a'));
    now = new Date(now.getTime() + 25 * 3600 * 1000);
    expect(await service.run(scope, created('b'))).toEqual({ status: 201, body: { id: 'b' }, replayed: false });
  });

  it('keeps keys of different users apart', async () => {
    const stamp = new Date().toISOString();
    db.connection.prepare("INSERT INTO users VALUES ('user_2', 'bob', 'x', 'user', 0, ?, ?)").run(stamp, stamp);
    await service.run(scope, created('a'));
    expect((await service.run({ ...scope, userId: 'user_2' }, created('b'))).body).toEqual({ id: 'b' });
  });
});
