import type { ApiKeysRepository, UsersRepository } from '../../db/repositories/index.js';
import type { Clock } from '../../shared/clock.js';
import { AppError } from '../../shared/errors.js';
import { sha256Hex } from '../../shared/secrets.js';
import type { Principal } from '../principal.js';
import type { AccessTokens } from './access-tokens.js';

export const API_KEY_PREFIX = 'sk_';
// last_used_at is informational; refreshing it once a minute keeps API traffic from writing per request.
const LAST_USED_RESOLUTION_MS = 60_000;

/** Resolves credentials (a login JWT or an API key) to the principal they stand for. */
export class Authenticator {
  constructor(
    private readonly deps: { users: UsersRepository; apiKeys: ApiKeysRepository; accessTokens: AccessTokens; clock: Clock },
  ) {}

  async fromAccessToken(token: string): Promise<Principal> {
    return this.principalFor(await this.deps.accessTokens.verify(token, this.deps.clock.now()));
  }

  async fromTicket(ticket: string): Promise<Principal> {
    return this.principalFor(await this.deps.accessTokens.verifyTicket(ticket, this.deps.clock.now()));
  }

  /** Issues a stream ticket for the principal's user (valid while their tokens are). */
  async ticketFor(principal: Principal): Promise<{ ticket: string; expiresIn: number }> {
    const user = this.deps.users.findById(principal.userId);
    if (!user) throw new AppError('UNAUTHORIZED', 'The account no longer exists.');
    const ticket = await this.deps.accessTokens.issueTicket({ userId: user.id, tokenVersion: user.tokenVersion }, this.deps.clock.now());
    return { ticket, expiresIn: this.deps.accessTokens.ticketTtlSeconds };
  }

  private principalFor(claims: { userId: string; tokenVersion: number }): Principal {
    const user = this.deps.users.findById(claims.userId);
    if (!user || user.tokenVersion !== claims.tokenVersion) {
      throw new AppError('UNAUTHORIZED', 'The access token is no longer valid; log in again.');
    }
    return { userId: user.id, username: user.username, role: user.role, method: 'session' };
  }

  fromApiKey(rawKey: string): Principal {
    const key = rawKey.startsWith(API_KEY_PREFIX) ? this.deps.apiKeys.findActiveByHash(sha256Hex(rawKey)) : undefined;
    const user = key && this.deps.users.findById(key.userId);
    if (!key || !user) throw new AppError('UNAUTHORIZED', 'The API key is not valid.');
    const now = this.deps.clock.now();
    this.deps.apiKeys.touch(key.id, now.toISOString(), new Date(now.getTime() - LAST_USED_RESOLUTION_MS).toISOString());
    return { userId: user.id, username: user.username, role: user.role, method: 'api_key', apiKeyId: key.id };
  }

  /** `Authorization: Bearer` carries either a JWT or an API key (for clients that only know bearer auth). */
  async fromBearer(token: string): Promise<Principal> {
    return token.startsWith(API_KEY_PREFIX) ? this.fromApiKey(token) : this.fromAccessToken(token);
  }
}
