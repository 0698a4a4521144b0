import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestApp, type Session } from '../helpers/test-app.js';
import { waitUntil } from '../helpers/wait.js';

let t: TestApp;
let session: Session;

beforeEach(async () => {
  ({ t } = await TestApp.withFakeEngine());
  session = await t.register();
});
afterEach(async () => {
  await t.close();
});

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.inject({ method, url: `/api/v1${url}`, headers: session.auth, ...(payload ? { payload } : {}) });

async function profile(name: string, options: object, isDefault = false): Promise<string> {
  const response = await call('POST', '/profiles', { name, options, is_default: isDefault });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe('profiles', () => {
  it('create, read, update and delete', async () => {
    const id = await profile('Interviews', { language: 'de', diarization: true, num_speakers: 2 });
    expect((await call('GET', `/profiles/${id}`)).json()).toMatchObject({ name: 'Interviews', is_default: false, options: { language: 'de', num_speakers: 2 } });
    const patched = await call('PATCH', `/profiles/${id}`, { description: 'two people', options: { language: 'fr' } });
    expect(patched.json()).toMatchObject({ name: 'Interviews', description: 'two people', options: { language: 'fr' } });
    expect((await call('GET', '/profiles')).json().items).toHaveLength(1);
    expect((await call('DELETE', `/profiles/${id}`)).statusCode).toBe(204);
    expect((await call('GET', `/profiles/${id}`)).statusCode).toBe(404);
  });

  it('keeps at most one default', async () => {
    const a = await profile('A', {}, true);
    const b = await profile('B', {}, true);
    const c = await profile('C', {});
    const defaults = async () => (await call('GET', '/profiles')).json().items.filter((p: { is_default: boolean }) => p.is_default).map((p: { id: string }) => p.id);
    expect(await defaults()).toEqual([b]);
    expect((await call('POST', `/profiles/${c}:set-default`)).json().is_default).toBe(true);
    expect(await defaults()).toEqual([c]);
    expect((await call('GET', '/settings')).json().default_profile_id).toBe(c);
    expect(a).toBeDefined();
  });

  it('validates options like a transcription request', async () => {
    const bad = await call('POST', '/profiles', { name: 'x', options: { model: 'nope' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('options.model');
    const shape = await call('POST', '/profiles', { name: 'x', options: { language: 'English' } });
    expect(shape.json().error.field).toBe('options.language');
  });
});

describe('option resolution order', () => {
  it('request, then selected profile, then default profile, then server default', async () => {
    await profile('Default', { language: 'fr', diarization: true }, true);
    const selected = await profile('Selected', { language: 'de', task: 'translate' });
    const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
    const create = async (body: object) => (await call('POST', '/transcriptions', { file_id: fileId, ...body })).json();

    expect((await create({})).options).toEqual({ model: 'fake-whisper', language: 'fr', task: 'transcribe', diarization: true });
    expect((await create({ profile_id: selected })).options).toEqual({ model: 'fake-whisper', language: 'de', task: 'translate', diarization: true });
    const explicit = await create({ profile_id: selected, options: { language: 'en', diarization: false } });
    expect(explicit.options).toEqual({ model: 'fake-whisper', language: 'en', task: 'translate', diarization: false });
    expect(explicit.profile_id).toBe(selected);
  });
});

describe('settings', () => {
  it('have sensible defaults and change field by field', async () => {
    expect((await call('GET', '/settings')).json()).toEqual({
      auto_transcription_enabled: false,
      default_profile_id: null,
      local_only: true,
      max_upload_size_mb: 2048,
    });
    const id = await profile('P', {});
    const patched = await call('PATCH', '/settings', { auto_transcription_enabled: true, default_profile_id: id, max_upload_size_mb: 100 });
    expect(patched.json()).toEqual({ auto_transcription_enabled: true, default_profile_id: id, local_only: true, max_upload_size_mb: 100 });
    const reset = await call('PATCH', '/settings', { default_profile_id: null, max_upload_size_mb: null });
    expect(reset.json()).toMatchObject({ default_profile_id: null, max_upload_size_mb: 2048, auto_transcription_enabled: true });
  });

  it('refuse values the server cannot honour', async () => {
    expect((await call('PATCH', '/settings', { max_upload_size_mb: 999_999 })).json().error.field).toBe('max_upload_size_mb');
    expect((await call('PATCH', '/settings', { default_profile_id: 'profile_nope' })).json().error.field).toBe('default_profile_id');
    expect((await call('PATCH', '/settings', { theme: 'dark' })).json().error.field).toBe('theme');
    expect((await call('PATCH', '/settings', {})).statusCode).toBe(400);
  });

  it('apply the per-user upload limit', async () => {
    await call('PATCH', '/settings', { max_upload_size_mb: 1 });
    const response = await t.upload(session.auth, { name: 'big.wav', content: Buffer.alloc(1024 * 1024 + 1) });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.message).toContain('1 MB');
  });

  it('auto-transcribe a finished upload with the default profile', async () => {
    await profile('Auto', { language: 'de' }, true);
    await call('PATCH', '/settings', { auto_transcription_enabled: true });
    const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
    const [job] = (await call('GET', '/transcriptions')).json().items;
    expect(job).toMatchObject({ file_id: fileId, options: { language: 'de' } });
    await t.waitForStatus(session.auth, job.id, ['completed']);
  });

  it('do not auto-transcribe when off', async () => {
    await t.upload(session.auth, { name: 'jfk.wav' });
    expect((await call('GET', '/transcriptions')).json().items).toEqual([]);
  });
});

describe('models and queue stats', () => {
  it('lists the models of the registered engines with their state', async () => {
    const { items } = (await call('GET', '/models/transcription')).json();
    expect(items).toEqual([
      { id: 'fake-whisper', name: 'Fake Whisper (tests)', provider: 'fake', installed: true, default: true, capabilities: ['transcription', 'word_timestamps', 'segment_timestamps', 'translate'], languages: ['en', 'de', 'fr'], size_bytes: 1, downloading: false },
      expect.objectContaining({ id: 'fake-diarization', capabilities: ['diarization'], default: false }),
    ]);
  });

  it('gives admins queue counts and this process’s workers, and refuses others', async () => {
    const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
    const id = (await call('POST', '/transcriptions', { file_id: fileId })).json().id;
    await t.waitForStatus(session.auth, id, ['completed']);
    await waitUntil(async () => (await call('GET', '/admin/queue')).json().running_here === 0, 2_000, 'the worker to be idle');
    expect((await call('GET', '/admin/queue')).json()).toEqual({ queued: 0, processing: 0, completed: 1, failed: 0, canceled: 0, running_here: 0, workers: 1 });
    const grace = await t.createUser({ username: 'grace', password: 'hopper hopper' });
    expect((await t.inject({ method: 'GET', url: '/api/v1/admin/queue', headers: grace.auth })).statusCode).toBe(403);
  });
});
