import type { IdempotencyRepository } from '../db/repositories/index.js';
import { isoNow, type Clock } from '../shared/clock.js';
import { AppError } from '../shared/errors.js';

// Long enough to cover a client's retries after a crash or a network outage, short enough to keep the table small.
const KEY_TTL_MS = 24 * 3600 * 1000;

export interface StoredResponse {
  status: number;
  body: unknown;
}

/**
 * `Idempotency-Key` semantics: the first request with a key runs and its response is stored;
 * a retry with the same key and the same request gets that response again, a request with the
 * same key but a different body (or route) is refused (422), and a retry that arrives while the
 * first is still running is told so (409). Failed requests free their key.
 */
export class IdempotencyService {
  constructor(private readonly deps: { repository: IdempotencyRepository; clock: Clock }) {}

  async run(
    scope: { userId: string; key: string | undefined; route: string; requestHash: string },
    execute: () => Promise<StoredResponse>,
  ): Promise<StoredResponse & { replayed: boolean }> {
    const { userId, key, route, requestHash } = scope;
    if (key === undefined) return { ...(await execute()), replayed: false };

    const now = this.deps.clock.now();
    this.deps.repository.deleteCreatedBefore(new Date(now.getTime() - KEY_TTL_MS).toISOString());
    const existing = this.deps.repository.reserve(userId, key, route, requestHash, isoNow(this.deps.clock));
    if (existing !== 'reserved') {
      if (existing.route !== route || existing.requestHash !== requestHash) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request.', {
          field: 'Idempotency-Key',
        });
      }
      if (!existing.response) {
        throw new AppError('IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still in progress; retry shortly.', {
          headers: { 'retry-after': '1' },
        });
      }
      return { ...existing.response, replayed: true };
    }
    try {
      const response = await execute();
      this.deps.repository.complete(userId, key, response.status, response.body);
      return { ...response, replayed: false };
    } catch (err) {
      this.deps.repository.release(userId, key);
      throw err;
    }
  }
}
