import type { Database } from '../database.js';

export interface IdempotencyRecord {
  route: string;
  requestHash: string;
  /** Null while the first request is still running. */
  response: { status: number; body: unknown } | null;
}

export class IdempotencyRepository {
  constructor(private readonly db: Database) {}

  /**
   * Claims `key` for a request, or returns the record already holding it. One write
   * transaction, so two concurrent requests with one key cannot both run.
   */
  reserve(userId: string, key: string, route: string, requestHash: string, now: string): IdempotencyRecord | 'reserved' {
    return this.db.immediate(() => {
      const existing = this.db.first(
        this.db.query
          .selectFrom('idempotency_keys')
          .select(['route', 'request_hash', 'response_status', 'response_json'])
          .where('user_id', '=', userId)
          .where('key', '=', key),
      );
      if (existing) {
        return {
          route: existing.route,
          requestHash: existing.request_hash,
          response:
            existing.response_status === null
              ? null
              : { status: existing.response_status, body: JSON.parse(existing.response_json ?? 'null') as unknown },
        };
      }
      this.db.run(
        this.db.query
          .insertInto('idempotency_keys')
          .values({ user_id: userId, key, route, request_hash: requestHash, created_at: now }),
      );
      return 'reserved';
    });
  }

  complete(userId: string, key: string, status: number, body: unknown): void {
    this.db.run(
      this.db.query
        .updateTable('idempotency_keys')
        .set({ response_status: status, response_json: JSON.stringify(body) })
        .where('user_id', '=', userId)
        .where('key', '=', key),
    );
  }

  /** Frees a key whose request failed, so the client may retry with it. */
  release(userId: string, key: string): void {
    this.db.run(this.db.query.deleteFrom('idempotency_keys').where('user_id', '=', userId).where('key', '=', key));
  }

  deleteCreatedBefore(cutoff: string): number {
    return this.db.run(this.db.query.deleteFrom('idempotency_keys').where('created_at', '<', cutoff));
  }
}
