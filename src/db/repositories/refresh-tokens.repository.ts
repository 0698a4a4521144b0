import type { Database } from '../database.js';

export interface RefreshTokenRecord {
  id: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  expiresAt: string;
  revokedAt: string | null;
  replacedBy: string | null;
}

export class RefreshTokensRepository {
  constructor(private readonly db: Database) {}

  insert(token: Omit<RefreshTokenRecord, 'revokedAt' | 'replacedBy'>, now: string): void {
    this.db.run(
      this.db.query.insertInto('refresh_tokens').values({
        id: token.id,
        user_id: token.userId,
        family_id: token.familyId,
        token_hash: token.tokenHash,
        expires_at: token.expiresAt,
        created_at: now,
      }),
    );
  }

  findByHash(tokenHash: string): RefreshTokenRecord | undefined {
    const row = this.db.first(
      this.db.query
        .selectFrom('refresh_tokens')
        .select(['id', 'user_id', 'family_id', 'token_hash', 'expires_at', 'revoked_at', 'replaced_by'])
        .where('token_hash', '=', tokenHash),
    );
    return (
      row && {
        id: row.id,
        userId: row.user_id,
        familyId: row.family_id,
        tokenHash: row.token_hash,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
        replacedBy: row.replaced_by,
      }
    );
  }

  /** Marks a token used and links it to its successor; false when it was already revoked (a race lost). */
  markRotated(id: string, replacedBy: string, now: string): boolean {
    return (
      this.db.run(
        this.db.query
          .updateTable('refresh_tokens')
          .set({ revoked_at: now, replaced_by: replacedBy })
          .where('id', '=', id)
          .where('revoked_at', 'is', null),
      ) === 1
    );
  }

  /** Whether any token of the family is still usable (a logout or password change revokes them all). */
  familyAlive(familyId: string): boolean {
    return this.db.first(this.db.query.selectFrom('refresh_tokens').select('id').where('family_id', '=', familyId).where('revoked_at', 'is', null).limit(1)) !== undefined;
  }

  revokeFamily(familyId: string, now: string): void {
    this.db.run(
      this.db.query
        .updateTable('refresh_tokens')
        .set({ revoked_at: now })
        .where('family_id', '=', familyId)
        .where('revoked_at', 'is', null),
    );
  }

  revokeAllForUser(userId: string, now: string): void {
    this.db.run(
      this.db.query.updateTable('refresh_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null),
    );
  }

  /** Drops tokens past their expiry; rotated ones are kept until then to detect reuse. */
  deleteExpired(now: string): number {
    return this.db.run(this.db.query.deleteFrom('refresh_tokens').where('expires_at', '<', now));
  }

  /** Runs `fn` in one write transaction, so a rotation (check, mark, insert) is atomic. */
  transaction<T>(fn: () => T): T {
    return this.db.immediate(fn);
  }
}
