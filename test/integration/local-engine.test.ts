import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sherpaAvailable } from '../../src/transcription/engine/local/local.provider.js';
import { localEngine, type LocalEngineFixture } from '../helpers/local-engine.js';
import { TestApp, type Session } from '../helpers/test-app.js';
import { waitUntil } from '../helpers/wait.js';

// The real sherpa-onnx path through the server: upload → ffmpeg → engine process → transcript,
// with synthetic models (their words are meaningless; the plumbing is what is tested).
describe.skipIf(!sherpaAvailable())('the local engine behind the API', () => {
  let t: TestApp;
  let engine: LocalEngineFixture;
  let session: Session;

  afterEach(async () => {
    await t.close();
    await engine.close();
  });

  async function start(): Promise<void> {
    engine = await localEngine();
    t = await TestApp.start({ TRANSCRIPTION_DEFAULT_MODEL: 'test-ctc' }, { engines: [engine.provider], modelManager: engine.manager });
    session = await t.register();
  }

  async function transcribe(options: Record<string, unknown> = {}, name = 'jfk.wav') {
    const fileId = (await t.upload(session.auth, { name })).json().id;
    const created = await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId, options } });
    expect(created.statusCode, created.body).toBe(202);
    const id = created.json().id as string;
    return { id, job: await t.waitForStatus(session.auth, id, ['completed', 'failed'], 30_000) };
  }

  const get = (url: string) => t.inject({ method: 'GET', url: `/api/v1/transcriptions${url}`, headers: session.auth });

  it('transcribes through the engine process, with word times and the execution recorded', async () => {
    await start();
    const { id, job } = await transcribe();
    expect(job.status).toBe('completed');
    const transcript = (await get(`/${id}/transcript`)).json();
    expect(transcript.words.length).toBeGreaterThan(0);
    expect(transcript.words.at(-1).end).toBeLessThanOrEqual(11.1);
    expect(transcript.language).toBe('en');
    const [execution] = (await get(`/${id}/executions`)).json().items;
    expect(execution).toMatchObject({ provider: 'local', model: 'test-ctc', status: 'completed' });
  });

  it('labels speakers with the diarization model', async () => {
    await start();
    const { id, job } = await transcribe({ diarization: true, num_speakers: 2 });
    expect(job.status).toBe('completed');
    const transcript = (await get(`/${id}/transcript`)).json();
    expect(transcript.speakers.length).toBeGreaterThan(0);
    expect(transcript.words.every((w: { speaker?: string }) => w.speaker?.startsWith('SPEAKER_'))).toBe(true);
  });

  it('fails a job whose engine process crashes with ENGINE_CRASHED, keeps serving, and the next job works', async () => {
    await start();
    const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
    // A long recording keeps the engine busy long enough to kill it mid-job, as a native abort would.
    const long = path.join(t.dataDir, 'long.wav');
    const { longSpeechWav } = await import('../helpers/wav.js');
    longSpeechWav(long, 600);
    const longId = (await t.upload(session.auth, { name: 'long.wav', content: fs.readFileSync(long) })).json().id;
    const crashing = (await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: longId } })).json().id;
    await waitUntil(async () => (await get(`/${crashing}`)).json().progress_stage === 'transcribing', 20_000, 'transcribing');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Only this test's engine process: other test files run engines of their own in parallel.
    const pids = fs.readdirSync('/proc').filter((p) => {
      if (!/^\d+$/.test(p)) return false;
      try {
        const parent = Number(fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
        return parent === process.pid && fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('engine-host');
      } catch {
        return false;
      }
    });
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) process.kill(Number(pid), 'SIGKILL');

    const failed = await t.waitForStatus(session.auth, crashing, ['failed', 'completed'], 20_000);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/speech engine crashed/);
    expect((await t.inject({ method: 'GET', url: '/api/v1/ready' })).statusCode).toBe(200);

    const next = (await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId } })).json().id;
    expect((await t.waitForStatus(session.auth, next, ['completed', 'failed'], 30_000)).status).toBe('completed');
  }, 60_000);

  it('fails clearly on a damaged model file and works again once it is reinstalled', async () => {
    await start();
    const model = path.join(engine.store.dir('test-ctc'), 'model.onnx');
    const good = fs.readFileSync(model);
    fs.writeFileSync(model, good.subarray(0, 200));
    const { job } = await transcribe();
    expect(job.status).toBe('failed');
    expect(job.error).toMatch(/test-ctc could not be loaded; its files may be damaged/);
    fs.writeFileSync(model, good);
    const { job: again } = await transcribe({ model: 'test-ctc' });
    expect(again.status).toBe('completed');
  }, 60_000);

  it('keeps the transcript when the diarization model crashes the engine', async () => {
    await start();
    fs.writeFileSync(path.join(engine.store.dir('test-diarization'), 'segmentation.onnx'), Buffer.from('definitely not onnx'));
    const { id, job } = await transcribe({ diarization: true });
    expect(job.status).toBe('completed');
    expect((await get(`/${id}/transcript`)).json().speakers).toEqual([]);
    expect((await get(`/${id}/logs`)).body).toMatch(/WARN .*diarization failed.*(crashed|failed)/i);
  }, 60_000);

  it('completes silence with empty text', async () => {
    await start();
    const { id, job } = await transcribe({}, 'silence-5s.wav');
    expect(job.status).toBe('completed');
    expect((await get(`/${id}/transcript`)).json()).toMatchObject({ text: '', words: [], segments: [] });
  });
});
