import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../../shared/errors.js';

const ISSUER = 'scriberr';
const AUDIENCE = 'scriberr-api';
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

  constructor(secret: string, readonly ttlSeconds = 15 * 60) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: AccessClaims, now: Date): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({ ver: claims.tokenVersion })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
  }

  async verify(token: string, now: Date): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        currentDate: now,
        requiredClaims: ['sub', 'exp', 'iat'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.ver !== 'number') throw new Error('malformed claims');
      return { userId: payload.sub, tokenVersion: payload.ver };
    } catch (err) {
      const expired = err instanceof joseErrors.JWTExpired;
      throw new AppError('UNAUTHORIZED', expired ? 'The access token has expired; refresh it or log in again.' : 'The access token is not valid.', {
        cause: err,
      });
    }
  }
}
