import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeEach(async () => {
  t = await TestApp.start();
});
afterEach(async () => {
  await t.close();
});

describe('health and readiness', () => {
  it.each(['/health', '/api/v1/health'])('%s answers without auth', async (url) => {
    const response = await t.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok' });
  });

  it('/api/v1/ready checks the database', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json().checks.database).toBe('ok');
  });
});

describe('X-Request-ID', () => {
  it('echoes a client id, on success and on errors', async () => {
    const ok = await t.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-123' } });
    expect(ok.headers['x-request-id']).toBe('trace-123');
    const failed = await t.inject({ method: 'GET', url: '/api/v1/files', headers: { 'x-request-id': 'trace-456' } });
    expect(failed.headers['x-request-id']).toBe('trace-456');
    expect(failed.json().error.request_id).toBe('trace-456');
  });

  it('generates one when absent or unsafe', async () => {
    const none = await t.inject({ method: 'GET', url: '/health' });
    expect(none.headers['x-request-id']).toMatch(/^req_[0-9a-f]{28}$/);
    const unsafe = await t.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'a b<script>' } });
    expect(unsafe.headers['x-request-id']).toMatch(/^req_/);
  });
});

describe('errors', () => {
  it('answers unknown routes with 404 in the error shape', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'No route matches GET /api/v1/nothing-here.', request_id: expect.any(String) },
    });
  });

  it('turns an unexpected failure into a generic 500 that reveals nothing', async () => {
    t.app.get('/explode', { config: { auth: false } }, async () => {
      throw new Error(`cannot open ${t.dataDir}/scriberr.db: token sk_live_secret`);
    });
    const response = await t.inject({ method: 'GET', url: '/explode' });
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('INTERNAL_ERROR');
    expect(response.body).not.toContain(t.dataDir);
    expect(response.body).not.toContain('sk_live');
    expect(response.body).not.toMatch(/Error|at /);
  });

  it('answers malformed JSON with 400 INVALID_JSON', async () => {
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "ada", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('INVALID_JSON');
  });

  it('answers a non-JSON body on a JSON route with 415', async () => {
    const response = await t.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'ada' });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_CONTENT_TYPE');
  });

  it('answers a malformed multipart body with 400, not a server error', async () => {
    const session = await t.register();
    for (const contentType of ['multipart/form-data; boundary=xyz', 'multipart/form-data']) {
      const response = await t.inject({ method: 'POST', url: '/api/v1/files', headers: { ...session.auth, 'content-type': contentType }, payload: 'garbage' });
      expect(response.statusCode, contentType).toBe(400);
      expect(response.json().error.code).toBe('BAD_REQUEST');
    }
  });

  it('points a raw audio body to multipart uploads', async () => {
    const session = await t.register();
    const response = await t.inject({ method: 'POST', url: '/api/v1/files', headers: { ...session.auth, 'content-type': 'audio/mpeg' }, payload: Buffer.from('ID3') });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.message).toContain('multipart/form-data');
  });

  it('keeps the error shape and request id for absurdly long path parameters', async () => {
    const session = await t.register();
    for (const id of ['x'.repeat(150), 'x'.repeat(400)]) {
      const response = await t.inject({ method: 'GET', url: `/api/v1/files/${id}`, headers: session.auth });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: expect.any(String), request_id: expect.any(String) });
      expect(response.headers['x-request-id']).toBeDefined();
      expect(response.body).not.toContain('xxxxxxxxxx');
    }
  });

  it('treats an empty body sent as application/json as no body', async () => {
    const session = await t.register();
    const response = await t.inject({ method: 'DELETE', url: '/api/v1/files/file_missing', headers: { ...session.auth, 'content-type': 'application/json' } });
    expect(response.statusCode).toBe(404);
  });

  it('requires auth on every /api/v1 route but the public ones', async () => {
    const routes = [
      ['GET', '/api/v1/auth/me'],
      ['POST', '/api/v1/auth/logout'],
      ['POST', '/api/v1/auth/change-password'],
      ['POST', '/api/v1/auth/change-username'],
      ['GET', '/api/v1/api-keys'],
      ['POST', '/api/v1/api-keys'],
      ['DELETE', '/api/v1/api-keys/key_1'],
      ['GET', '/api/v1/files'],
      ['POST', '/api/v1/files'],
      ['GET', '/api/v1/files/file_1'],
      ['PATCH', '/api/v1/files/file_1'],
      ['DELETE', '/api/v1/files/file_1'],
      ['GET', '/api/v1/files/file_1/audio'],
    ] as const;
    for (const [method, url] of routes) {
      expect((await t.inject({ method, url })).statusCode, `${method} ${url}`).toBe(401);
    }
  });
});

describe('OpenAPI', () => {
  it('documents every route with its schemas', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/api-keys', '/api/v1/files', '/api/v1/files/{id}', '/api/v1/files/{id}/audio']),
    );
    expect(doc.components.schemas.ErrorResponse).toBeDefined();
    expect(doc.paths['/api/v1/auth/login'].post.requestBody).toBeDefined();
    expect(doc.paths['/api/v1/files'].post.requestBody.content['multipart/form-data']).toBeDefined();
  });

  it('serves the interactive docs page', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });
});
