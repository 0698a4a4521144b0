import { afterEach, describe, expect, it } from 'vitest';
import { localEngine, type LocalEngineFixture } from '../helpers/local-engine.js';
import { ModelServer } from '../helpers/model-server.js';
import { SseClient } from '../helpers/sse-client.js';
import { TestApp, type Session } from '../helpers/test-app.js';

let t: TestApp;
let session: Session;

afterEach(async () => {
  await t.close();
});

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, auth = session.auth) => t.inject({ method, url: `/api/v1${url}`, headers: auth });

describe('model management by an admin', () => {
  let server: ModelServer;
  let engine: LocalEngineFixture;

  afterEach(async () => {
    await engine.close();
    await server.close();
  });

  it('downloads in the background with progress events, then removes the model', async () => {
    server = await ModelServer.start();
    const events: unknown[] = [];
    engine = await localEngine({ install: false, baseUrl: server.baseUrl, onEvent: (e) => events.push(e) });
    t = await TestApp.start({ TRANSCRIPTION_DEFAULT_MODEL: 'test-ctc' }, { engines: [engine.provider], modelManager: engine.manager });
    session = await t.register();
    const installed = async () => (await call('GET', '/models/transcription')).json().items.find((m: { id: string }) => m.id === 'test-ctc').installed;
    expect(await installed()).toBe(false);

    const started = await call('POST', '/admin/models/test-ctc:download');
    expect(started.statusCode).toBe(202);
    expect(started.json()).toEqual({ id: 'test-ctc', status: 'downloading' });
    await engine.manager.download('test-ctc');
    expect(await installed()).toBe(true);
    expect(events).toContainEqual(expect.objectContaining({ type: 'completed', modelId: 'test-ctc' }));
    expect((await call('POST', '/admin/models/test-ctc:download')).json()).toEqual({ id: 'test-ctc', status: 'installed' });

    expect((await call('DELETE', '/admin/models/test-ctc')).statusCode).toBe(204);
    expect(await installed()).toBe(false);
    expect((await call('DELETE', '/admin/models/test-ctc')).statusCode).toBe(404);
  });

  it('refuses unknown models, system-managed models and non-admins', async () => {
    server = await ModelServer.start();
    engine = await localEngine({ baseUrl: server.baseUrl });
    const { SphinxProvider } = await import('../../src/transcription/engine/sphinx/sphinx.provider.js');
    t = await TestApp.start({ TRANSCRIPTION_DEFAULT_MODEL: 'test-ctc' }, { engines: [engine.provider, new SphinxProvider()], modelManager: engine.manager });
    session = await t.register();
    expect((await call('POST', '/admin/models/whisper-gigantic:download')).statusCode).toBe(404);
    expect((await call('POST', '/admin/models/pocketsphinx-en-us:download')).statusCode).toBe(409);
    const fileId = (await t.upload(session.auth, { name: 'short-0.4s.wav' })).json().id;
    const asModel = await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId, options: { model: 'test-diarization' } } });
    expect(asModel.statusCode).toBe(400);
    expect(asModel.json().error.message).toMatch(/not a transcription model/);
    const grace = await t.createUser({ username: 'grace', password: 'hopper hopper' });
    expect((await call('POST', '/admin/models/test-ctc:download', grace.auth)).statusCode).toBe(403);
    expect((await call('DELETE', '/admin/models/test-ctc', grace.auth)).statusCode).toBe(403);
  });
});

describe('production engines without network', () => {
  async function whisperJob(env: Record<string, string>) {
    t = await TestApp.start({ SPEECH_ENGINE_MODEL_BASE_URL: 'http://127.0.0.1:9', ...env });
    session = await t.register();
    const base = await t.listen();
    const stream = await SseClient.open(`${base}/api/v1/events`, session.auth);
    const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
    const created = await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId, options: { model: 'whisper-base' } } });
    expect(created.statusCode, created.body).toBe(202);
    const started = performance.now();
    const job = await t.waitForStatus(session.auth, created.json().id, ['failed', 'completed'], 20_000);
    stream.close();
    return { job, seconds: (performance.now() - started) / 1000, stream };
  }

  it('lists the catalog with real installed state and whisper-base as the default', async () => {
    t = await TestApp.start();
    session = await t.register();
    const items = (await call('GET', '/models/transcription')).json().items as { id: string; installed: boolean; default: boolean; size_bytes: number }[];
    const ids = items.map((m) => m.id);
    for (const id of ['whisper-tiny', 'whisper-base.en', 'whisper-turbo', 'parakeet-tdt-0.6b-v2', 'parakeet-tdt-0.6b-v3', 'moonshine-tiny', 'moonshine-base', 'diarization-default']) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain('silero-vad');
    expect(items.find((m) => m.id === 'whisper-base')).toMatchObject({ installed: false, default: true });
    expect(items.find((m) => m.id === 'whisper-base')?.size_bytes).toBeGreaterThan(100_000_000);
  });

  it('fails a whisper-base job quickly with a sanitized download error, and stays healthy', async () => {
    const { job, seconds, stream } = await whisperJob({});
    expect(job.status).toBe('failed');
    expect(job.error).toBe('Downloading model whisper-base failed: the model server could not be reached.');
    expect(job.error_code).toBe('MODEL_DOWNLOAD_FAILED');
    const [execution] = (await call('GET', `/transcriptions/${String(job.id)}/executions`)).json().items;
    expect(execution).toMatchObject({ provider: 'local', model: 'whisper-base', status: 'failed' });
    expect(seconds).toBeLessThan(15);
    expect(stream.events.map((e) => e.event)).toEqual(expect.arrayContaining(['model.download.started', 'model.download.failed']));
    expect((await t.inject({ method: 'GET', url: '/api/v1/ready' })).statusCode).toBe(200);
  });

  it('fails with MODEL_NOT_INSTALLED guidance when auto-download is off', async () => {
    const { job, stream } = await whisperJob({ SPEECH_ENGINE_AUTO_DOWNLOAD: 'false' });
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/^The model whisper-base is not installed and automatic downloads are off/);
    expect(job.error_code).toBe('MODEL_NOT_INSTALLED');
    expect(job.error).toContain('npm run models -- download whisper-base');
    expect(stream.events.filter((e) => String(e.event).startsWith('model.download'))).toEqual([]);
  });
});
