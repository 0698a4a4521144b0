import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../../shared/errors.js';

const ISSUER = 'scriberr';
const AUDIENCE = 'scriberr-api';
/** Stream tickets are JWTs for another audience, so one can never pass as an access token. */
const TICKET_AUDIENCE = 'scriberr-stream';
const ALGORITHM = 'HS256';

export interface AccessClaims {
  userId: string;
  tokenVersion: number;
}

/**
 * Short-lived JWT access tokens (HS256). Verification pins the algorithm, issuer and audience,
 * so `alg: none` and tokens signed for anything else are rejected.
 */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly ttlSeconds = 15 * 60,
    readonly ticketTtlSeconds = 15 * 60,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: AccessClaims, now: Date): Promise<string> {
    return this.sign(claims, now, AUDIENCE, this.ttlSeconds);
  }

  /**
   * A short-lived ticket for the read-only streams a browser opens without headers
   * (EventSource, <audio src>): it goes in the URL, so it is scoped to those routes.
   */
  async issueTicket(claims: AccessClaims, now: Date): Promise<string> {
    return this.sign(claims, now, TICKET_AUDIENCE, this.ticketTtlSeconds);
  }

  async verify(token: string, now: Date): Promise<AccessClaims> {
    return this.check(token, now, AUDIENCE, 'access token');
  }

  async verifyTicket(token: string, now: Date): Promise<AccessClaims> {
    return this.check(token, now, TICKET_AUDIENCE, 'stream ticket');
  }

  private async sign(claims: AccessClaims, now: Date, audience: string, ttlSeconds: number): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({ ver: claims.tokenVersion })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ttlSeconds)
      .sign(this.key);
  }

  private async check(token: string, now: Date, audience: string, what: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience,
        currentDate: now,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.ver !== 'number') throw new Error('malformed claims');
      return { userId: payload.sub, tokenVersion: payload.ver };
    } catch (err) {
      const expired = err instanceof joseErrors.JWTExpired;
      throw new AppError('UNAUTHORIZED', expired ? `The ${what} has expired; refresh it or log in again.` : `The ${what} is not valid.`, {
        cause: err,
      });
    }
  }
}
