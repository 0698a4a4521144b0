import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/shared/clock.js';
import { TestApp } from '../helpers/test-app.js';

const ADA = { username: 'ada', password: 'correct horse battery' };
let t: TestApp;

beforeEach(async () => {
  t = await TestApp.start();
});
afterEach(async () => {
  await t.close();
});

function me(authorization?: string) {
  return t.inject({ method: 'GET', url: '/api/v1/auth/me', headers: authorization ? { authorization } : {} });
}

describe('registration', () => {
  it('makes the first user an admin and then closes', async () => {
    const session = await t.register(ADA);
    const user = (await me(session.auth.authorization)).json();
    expect(user).toMatchObject({ username: 'ada', role: 'admin' });
    expect(user.id).toMatch(/^user_/);

    expect((await t.inject({ method: 'GET', url: '/api/v1/auth/registration-status' })).json()).toEqual({ registration_open: false });
    const second = await t.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'eve', password: 'another password' } });
    expect(second.statusCode).toBe(403);
    expect(second.json().error.code).toBe('REGISTRATION_CLOSED');
  });

  it('creates exactly one user when two registrations race', async () => {
    const attempts = await Promise.all(
      ['one', 'two', 'three'].map((username) =>
        t.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username, password: 'long enough pw' } }),
      ),
    );
    expect(attempts.map((r) => r.statusCode).sort()).toEqual([201, 403, 403]);
  });

  it.each([
    [{ username: 'ab', password: 'long enough pw' }, 'username'],
    [{ username: 'ada', password: 'short' }, 'password'],
    [{ username: 'bad name!', password: 'long enough pw' }, 'username'],
    [{ username: 'ada' }, 'password'],
    [{ username: 'ada', password: 'long enough pw', role: 'admin' }, 'role'],
    [{ username: 42, password: 'long enough pw' }, 'username'],
  ])('rejects %j naming the field %s', async (payload, field) => {
    const response = await t.inject({ method: 'POST', url: '/api/v1/auth/register', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field });
    expect(response.json().error.message).toContain(field);
  });
});

describe('login', () => {
  beforeEach(async () => {
    await t.register(ADA);
  });

  it('returns tokens that authenticate', async () => {
    const session = await t.login(ADA);
    expect((await me(session.auth.authorization)).statusCode).toBe(200);
  });

  it('accepts the username in any case', async () => {
    await t.login({ username: 'ADA', password: ADA.password });
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const wrongPassword = await t.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ada', password: 'not it at all' } });
    const unknownUser = await t.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bob', password: ADA.password } });
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Invalid username or password.' });
      expect(response.json().error.field).toBeUndefined();
    }
  });

  it('rate-limits repeated attempts with 429', async () => {
    const limited = await TestApp.start({}, { loginRateLimit: { max: 3, windowMs: 60_000 } });
    try {
      await limited.register(ADA);
      const codes = [];
      for (let i = 0; i < 5; i++) {
        codes.push((await limited.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ada', password: 'guess number ' + i } })).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const last = await limited.inject({ method: 'POST', url: '/api/v1/auth/login', payload: ADA });
      expect(last.statusCode).toBe(429);
      expect(last.json().error.code).toBe('RATE_LIMITED');
      expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('refresh tokens', () => {
  it('rotate: the new token works, the old one does not', async () => {
    const session = await t.register(ADA);
    const first = await t.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: session.refreshToken } });
    expect(first.statusCode).toBe(200);
    const rotated = first.json().refresh_token as string;
    expect(rotated).not.toBe(session.refreshToken);
    expect((await me(`Bearer ${first.json().access_token}`)).statusCode).toBe(200);

    const second = await t.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: rotated } });
    expect(second.statusCode).toBe(200);
  });

  it('revoke the whole family when a rotated token is reused after the grace window', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const timed = await TestApp.start({}, { clock: { now: () => now } });
    const refresh = (token: string) => timed.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: token } });
    try {
      const session = await timed.register(ADA);
      const next = (await refresh(session.refreshToken)).json();
      now = new Date('2026-01-01T00:00:31Z');
      const replay = await refresh(session.refreshToken);
      expect(replay.statusCode).toBe(401);
      // The legitimate holder's newer token is now dead too.
      expect((await refresh(next.refresh_token)).statusCode).toBe(401);
    } finally {
      await timed.close();
    }
  });

  it('let two tabs refresh the same token at once without ending the session', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const timed = await TestApp.start({}, { clock: { now: () => now } });
    const refresh = (token: string) => timed.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: token } });
    try {
      const session = await timed.register(ADA);
      const [first, second] = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
      expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
      expect(first.json().refresh_token).not.toBe(second.json().refresh_token);
      now = new Date('2026-01-01T00:00:20Z');
      // Both successors stay valid; the original is spent for good once the window has passed.
      expect((await refresh(first.json().refresh_token)).statusCode).toBe(200);
      expect((await refresh(second.json().refresh_token)).statusCode).toBe(200);
      now = new Date('2026-01-01T00:01:00Z');
      expect((await refresh(session.refreshToken)).statusCode).toBe(401);
    } finally {
      await timed.close();
    }
  });

  it('give nothing for a just-rotated token once the session was logged out', async () => {
    const session = await t.register(ADA);
    const next = (await t.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: session.refreshToken } })).json();
    const logout = await t.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${next.access_token}` }, payload: { refresh_token: next.refresh_token } });
    expect(logout.statusCode).toBe(204);
    expect((await t.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: session.refreshToken } })).statusCode).toBe(401);
  });

  it('reject unknown tokens', async () => {
    const response = await t.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: 'made-up' } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHORIZED');
  });

  it('stop working after logout', async () => {
    const session = await t.register(ADA);
    const other = await t.login(ADA);
    const logout = await t.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.auth, payload: { refresh_token: session.refreshToken } });
    expect(logout.statusCode).toBe(204);
    expect((await t.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: session.refreshToken } })).statusCode).toBe(401);
    // Another device's session survives a targeted logout.
    expect((await t.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: other.refreshToken } })).statusCode).toBe(200);
  });
});

describe('logging out everywhere', () => {
  it('ends every session and access token when no refresh token is given (no body at all)', async () => {
    const session = await t.register(ADA);
    const other = await t.login(ADA);
    const logout = await t.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.auth });
    expect(logout.statusCode).toBe(204);
    expect((await me(session.auth.authorization)).statusCode).toBe(401);
    expect((await me(other.auth.authorization)).statusCode).toBe(401);
    expect((await t.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: other.refreshToken } })).statusCode).toBe(401);
    await t.login(ADA);
  });
});

describe('access tokens', () => {
  it.each([
    ['missing', undefined],
    ['not bearer', 'Basic YWRhOnB3'],
    ['garbage', 'Bearer not-a-jwt'],
  ])('reject a %s Authorization header with 401', async (_case, header) => {
    const response = await me(header);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHORIZED');
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });

  it('reject a token signed with another key', async () => {
    const session = await t.register(ADA);
    const forged = await new SignJWT({ ver: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(session.userId)
      .setIssuer('scriberr')
      .setAudience('scriberr-api')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(48)));
    expect((await me(`Bearer ${forged}`)).statusCode).toBe(401);
  });

  it('reject alg:none tokens', async () => {
    const session = await t.register(ADA);
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: session.userId, ver: 0, iss: 'scriberr', aud: 'scriberr-api', iat: now, exp: now + 3600 })}.`;
    expect((await me(`Bearer ${unsigned}`)).statusCode).toBe(401);
  });

  it('reject a tampered payload', async () => {
    const session = await t.register(ADA);
    const [header, , signature] = session.accessToken.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'user_other', ver: 0 })).toString('base64url');
    expect((await me(`Bearer ${header}.${payload}.${signature}`)).statusCode).toBe(401);
  });

  it('expire after their lifetime', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const clock: Clock = { now: () => now };
    const timed = await TestApp.start({}, { clock });
    try {
      const session = await timed.register(ADA);
      const ok = await timed.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.auth });
      expect(ok.statusCode).toBe(200);
      now = new Date('2026-01-01T00:16:00Z');
      const expired = await timed.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.auth });
      expect(expired.statusCode).toBe(401);
      expect(expired.json().error.message).toMatch(/expired/);
    } finally {
      await timed.close();
    }
  });
});

describe('account changes', () => {
  it('change-password needs the current password, ends old sessions and returns a new one', async () => {
    const session = await t.register(ADA);
    const wrong = await t.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      headers: session.auth,
      payload: { current_password: 'nope nope', new_password: 'brand new secret' },
    });
    expect(wrong.statusCode).toBe(401);
    const same = await t.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      headers: session.auth,
      payload: { current_password: ADA.password, new_password: ADA.password },
    });
    expect(same.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'new_password' });
    expect((await me(session.auth.authorization)).statusCode).toBe(200);

    const changed = await t.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      headers: session.auth,
      payload: { current_password: ADA.password, new_password: 'brand new secret' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await me(session.auth.authorization)).statusCode).toBe(401);
    expect((await t.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refresh_token: session.refreshToken } })).statusCode).toBe(401);
    expect((await me(`Bearer ${changed.json().access_token}`)).statusCode).toBe(200);
    await t.login({ username: 'ada', password: 'brand new secret' });
    await expect(t.login(ADA)).rejects.toThrow(/401/);
  });

  it('change-username renames and the new name logs in', async () => {
    const session = await t.register(ADA);
    const renamed = await t.inject({ method: 'POST', url: '/api/v1/auth/change-username', headers: session.auth, payload: { username: 'lovelace' } });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().username).toBe('lovelace');
    await t.login({ username: 'lovelace', password: ADA.password });
  });

  it('change-username refuses a name another user has (409)', async () => {
    const session = await t.register(ADA);
    await t.createUser({ username: 'grace', password: 'hopper hopper' });
    const response = await t.inject({ method: 'POST', url: '/api/v1/auth/change-username', headers: session.auth, payload: { username: 'Grace' } });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'USERNAME_TAKEN', field: 'username' });
  });

  it('refuses account changes made with an API key', async () => {
    const session = await t.register(ADA);
    const key = (await t.inject({ method: 'POST', url: '/api/v1/api-keys', headers: session.auth, payload: { name: 'ci' } })).json().key;
    const response = await t.inject({ method: 'POST', url: '/api/v1/auth/change-username', headers: { 'x-api-key': key }, payload: { username: 'mallory' } });
    expect(response.statusCode).toBe(403);
  });
});
