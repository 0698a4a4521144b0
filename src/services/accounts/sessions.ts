import type { RefreshTokensRepository, User } from '../../db/repositories/index.js';
import { isoNow, type Clock } from '../../shared/clock.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { randomSecret, sha256Hex } from '../../shared/secrets.js';
import type { AccessTokens } from './access-tokens.js';

const REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;
/**
 * How long a just-rotated token may still be exchanged. Tabs of one browser share the token and
 * can refresh at the same moment (all restored at startup, say); without Web Locks (plain http on
 * a LAN address) nothing serialises them, and treating the loser as a thief would log every tab out.
 */
const ROTATION_GRACE_MS = 30 * 1000;

export interface Session {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
}

function invalidRefresh(): AppError {
  return new AppError('UNAUTHORIZED', 'The refresh token is not valid; log in again.');
}

/**
 * Login sessions: a short-lived access JWT plus an opaque refresh token stored only as a hash.
 *
 * Refresh tokens rotate: each use revokes the token and issues its successor in the same
 * family. Presenting a token that was already rotated means it was copied (the legitimate
 * client moved on), so the whole family is revoked and both holders must log in again, unless
 * it was rotated moments ago while its family is still alive: then it is a concurrent refresh
 * of the same client, and gets a successor of its own.
 */
export class Sessions {
  constructor(
    private readonly tokens: RefreshTokensRepository,
    private readonly accessTokens: AccessTokens,
    private readonly clock: Clock,
  ) {}

  async start(user: User): Promise<Session> {
    const now = isoNow(this.clock);
    this.tokens.deleteExpired(now);
    const refresh = this.newRefresh(user.id, newId('rt'));
    this.tokens.insert(refresh.record, now);
    return this.withAccess(user, refresh.raw, refresh.record.expiresAt);
  }

  /** Exchanges a refresh token for a new session; `loadUser` re-reads the user so a deleted account cannot refresh. */
  async rotate(rawToken: string, loadUser: (userId: string) => User | undefined): Promise<Session> {
    const now = isoNow(this.clock);
    const outcome = this.tokens.transaction((): { error: AppError } | { user: User; next: ReturnType<Sessions['newRefresh']> } => {
      const current = this.tokens.findByHash(sha256Hex(rawToken));
      if (!current) return { error: invalidRefresh() };
      const concurrent = current.revokedAt !== null && current.replacedBy !== null && this.withinGrace(current.revokedAt) && this.tokens.familyAlive(current.familyId);
      if (current.revokedAt !== null && !concurrent) {
        if (current.replacedBy !== null) this.tokens.revokeFamily(current.familyId, now);
        return { error: invalidRefresh() };
      }
      if (current.expiresAt <= now) return { error: new AppError('UNAUTHORIZED', 'The refresh token has expired; log in again.') };
      const user = loadUser(current.userId);
      if (!user) return { error: invalidRefresh() };
      const next = this.newRefresh(user.id, current.familyId);
      if (!concurrent) this.tokens.markRotated(current.id, next.record.id, now);
      this.tokens.insert(next.record, now);
      return { user, next };
    });
    if ('error' in outcome) throw outcome.error;
    return this.withAccess(outcome.user, outcome.next.raw, outcome.next.record.expiresAt);
  }

  /** Ends the session a refresh token belongs to, if it is the user's (someone else's token changes nothing). */
  revoke(userId: string, rawToken: string): void {
    const record = this.tokens.findByHash(sha256Hex(rawToken));
    if (record && record.userId === userId) this.tokens.revokeFamily(record.familyId, isoNow(this.clock));
  }

  revokeAll(userId: string): void {
    this.tokens.revokeAllForUser(userId, isoNow(this.clock));
  }

  private withinGrace(rotatedAt: string): boolean {
    return this.clock.now().getTime() - Date.parse(rotatedAt) < ROTATION_GRACE_MS;
  }

  private newRefresh(userId: string, familyId: string) {
    const raw = randomSecret(32);
    const expiresAt = new Date(this.clock.now().getTime() + REFRESH_TTL_MS).toISOString();
    return { raw, record: { id: newId('rt'), userId, familyId, tokenHash: sha256Hex(raw), expiresAt } };
  }

  private async withAccess(user: User, refreshToken: string, refreshExpiresAt: string): Promise<Session> {
    const accessToken = await this.accessTokens.issue({ userId: user.id, tokenVersion: user.tokenVersion }, this.clock.now());
    return { accessToken, expiresIn: this.accessTokens.ttlSeconds, refreshToken, refreshExpiresAt };
  }
}
