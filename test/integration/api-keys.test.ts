import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestApp, type Session } from '../helpers/test-app.js';

let t: TestApp;
let session: Session;

beforeEach(async () => {
  t = await TestApp.start();
  session = await t.register();
});
afterEach(async () => {
  await t.close();
});

async function createKey(name = 'laptop', description?: string) {
  const response = await t.inject({ method: 'POST', url: '/api/v1/api-keys', headers: session.auth, payload: { name, description } });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string; key: string; key_preview: string; last_used_at: string | null }>();
}

describe('API keys', () => {
  it('shows the raw key once, then only a preview', async () => {
    const created = await createKey('laptop', 'sync script');
    expect(created.key).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    expect(created.key_preview).toBe(`sk_…${created.key.slice(-4)}`);
    expect(created.last_used_at).toBeNull();

    const list = (await t.inject({ method: 'GET', url: '/api/v1/api-keys', headers: session.auth })).json();
    expect(list.items).toEqual([
      expect.objectContaining({ id: created.id, name: 'laptop', description: 'sync script', key_preview: created.key_preview, is_active: true }),
    ]);
    expect(JSON.stringify(list)).not.toContain(created.key);
  });

  it('authenticate with X-API-Key or as a bearer token, and record their use', async () => {
    const { id, key } = await createKey();
    expect((await t.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { 'x-api-key': key } })).statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: '/api/v1/files', headers: { authorization: `Bearer ${key}` } })).statusCode).toBe(200);
    const listed = (await t.inject({ method: 'GET', url: '/api/v1/api-keys', headers: session.auth })).json();
    expect(listed.items.find((k: { id: string }) => k.id === id).last_used_at).toEqual(expect.any(String));
  });

  it('stop working once deleted', async () => {
    const { id, key } = await createKey();
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}`, headers: session.auth })).statusCode).toBe(204);
    const after = await t.inject({ method: 'GET', url: '/api/v1/files', headers: { 'x-api-key': key } });
    expect(after.statusCode).toBe(401);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}`, headers: session.auth })).statusCode).toBe(404);
  });

  it('cannot create or delete keys themselves, so a leaked key cannot replace itself', async () => {
    const { id, key } = await createKey();
    const create = await t.inject({ method: 'POST', url: '/api/v1/api-keys', headers: { 'x-api-key': key }, payload: { name: 'spare' } });
    expect(create.statusCode).toBe(403);
    expect(create.json().error.code).toBe('FORBIDDEN');
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}`, headers: { 'x-api-key': key } })).statusCode).toBe(403);
    expect((await t.inject({ method: 'GET', url: '/api/v1/api-keys', headers: session.auth })).json().items).toHaveLength(1);
  });

  it('cannot log the user out', async () => {
    const { key } = await createKey();
    const logout = await t.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { 'x-api-key': key } });
    expect(logout.statusCode).toBe(403);
    expect((await t.inject({ method: 'GET', url: '/api/v1/auth/me', headers: session.auth })).statusCode).toBe(200);
  });

  it('reject made-up keys', async () => {
    for (const key of ['sk_nope', 'nope', `sk_${'a'.repeat(43)}`]) {
      expect((await t.inject({ method: 'GET', url: '/api/v1/files', headers: { 'x-api-key': key } })).statusCode).toBe(401);
    }
  });

  it("cannot be deleted by another user", async () => {
    const { id } = await createKey();
    const grace = await t.createUser({ username: 'grace', password: 'hopper hopper' });
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}`, headers: grace.auth })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: '/api/v1/api-keys', headers: grace.auth })).json().items).toEqual([]);
  });

  it('require a name', async () => {
    const response = await t.inject({ method: 'POST', url: '/api/v1/api-keys', headers: session.auth, payload: {} });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('name');
  });
});
