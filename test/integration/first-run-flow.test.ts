import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestApp } from '../helpers/test-app.js';

let t: TestApp;

beforeEach(async () => {
  t = await TestApp.start();
});

afterEach(async () => {
  await t.close();
});

describe('a new user, over HTTP only', () => {
  it('registers, logs in, uploads jfk.wav, streams it, uses an API key and deletes the file', async () => {
    const status = await t.inject({ method: 'GET', url: '/api/v1/auth/registration-status' });
    expect(status.json()).toEqual({ registration_open: true });

    await t.register({ username: 'ada', password: 'correct horse battery' });
    const session = await t.login({ username: 'ada', password: 'correct horse battery' });

    const uploaded = await t.upload(session.auth, { name: 'jfk.wav' });
    expect(uploaded.statusCode).toBe(201);
    const file = uploaded.json();
    expect(file).toMatchObject({ title: 'jfk.wav', kind: 'audio', status: 'ready', mime_type: 'audio/wav', size_bytes: 352078 });
    expect(file.id).toMatch(/^file_[0-9a-f]{28}$/);

    const fetched = await t.inject({ method: 'GET', url: `/api/v1/files/${file.id}`, headers: session.auth });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json().kind).toBe('audio');
    expect(fetched.json().duration_seconds).toBeCloseTo(11.0, 1);

    const range = await t.inject({ method: 'GET', url: `/api/v1/files/${file.id}/audio`, headers: { ...session.auth, range: 'bytes=0-99' } });
    expect(range.statusCode).toBe(206);
    expect(range.headers['content-range']).toBe('bytes 0-99/352078');
    expect(range.rawPayload).toHaveLength(100);
    expect(range.rawPayload.subarray(0, 4).toString()).toBe('RIFF');

    const created = await t.inject({ method: 'POST', url: '/api/v1/api-keys', headers: session.auth, payload: { name: 'scripts' } });
    expect(created.statusCode).toBe(201);
    const apiKey = created.json().key as string;

    const listed = await t.inject({ method: 'GET', url: '/api/v1/files', headers: { 'x-api-key': apiKey } });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((f: { id: string }) => f.id)).toEqual([file.id]);

    const deleted = await t.inject({ method: 'DELETE', url: `/api/v1/files/${file.id}`, headers: session.auth });
    expect(deleted.statusCode).toBe(204);
    expect((await t.inject({ method: 'GET', url: `/api/v1/files/${file.id}`, headers: session.auth })).statusCode).toBe(404);
    expect(t.storedUploads()).toEqual([]);
  });

  it('never reveals the data directory in any response body or header', async () => {
    const session = await t.register();
    const file = (await t.upload(session.auth, { name: 'jfk.wav' })).json();
    await t.upload(session.auth, { name: 'not-audio.mp3' });
    await t.upload(session.auth, { name: 'zero-bytes.wav' });
    await t.inject({ method: 'GET', url: `/api/v1/files/${file.id}/audio`, headers: { ...session.auth, range: 'bytes=999999999-' } });
    await t.inject({ method: 'GET', url: '/api/v1/files?cursor=garbage', headers: session.auth });
    await t.inject({ method: 'GET', url: '/api/v1/nowhere', headers: session.auth });
    await t.inject({ method: 'GET', url: '/api/docs/json' });
    await t.inject({ method: 'GET', url: '/api/v1/ready' });
    await t.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{bad' });

    expect(t.responses.length).toBeGreaterThan(8);
    for (const response of t.responses) {
      const text = `${JSON.stringify(response.headers)}\n${response.body}`;
      expect(text).not.toContain(t.dataDir);
      expect(text).not.toContain('scriberr.db');
      expect(text).not.toMatch(/\/tmp\/|\/work\/|node_modules|at [\w.$<>]+ \([^)]*:\d+:\d+\)/);
    }
  });
});
