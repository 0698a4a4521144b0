import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SphinxProvider } from '../../src/transcription/engine/sphinx/sphinx.provider.js';
import { TestApp, type Session } from '../helpers/test-app.js';

// The whole real pipeline (upload → ffmpeg decode → PocketSphinx → transcript) with the
// production engine wiring. Needs Debian's pocketsphinx packages (.ci/run installs them).
const installed = new SphinxProvider().installed();

describe.skipIf(!installed)('real transcription with pocketsphinx-en-us', () => {
  let t: TestApp;
  let session: Session;

  beforeAll(async () => {
    t = await TestApp.start({ TRANSCRIPTION_DEFAULT_MODEL: 'pocketsphinx-en-us', TRANSCRIPTION_WORKERS: '2' });
    session = await t.register();
  });
  afterAll(async () => {
    await t.close();
  });

  async function transcribe(name: string): Promise<{ job: Record<string, unknown>; id: string }> {
    const upload = await t.upload(session.auth, { name });
    expect(upload.statusCode, upload.body).toBe(201);
    const created = await t.inject({
      method: 'POST',
      url: '/api/v1/transcriptions',
      headers: session.auth,
      payload: { file_id: upload.json().id, options: { model: 'pocketsphinx-en-us' } },
    });
    expect(created.statusCode, created.body).toBe(202);
    const id = created.json().id as string;
    return { id, job: await t.waitForStatus(session.auth, id, ['completed', 'failed'], 240_000) };
  }

  const transcript = async (id: string) => (await t.inject({ method: 'GET', url: `/api/v1/transcriptions/${id}/transcript`, headers: session.auth })).json();

  it('transcribes jfk.wav with ordered word times inside the audio', async () => {
    const { id, job } = await transcribe('jfk.wav');
    expect(job.status).toBe('completed');
    const result = await transcript(id);
    expect(result.text).toContain('country');
    expect(result.language).toBe('en');
    expect(result.words.length).toBeGreaterThan(10);
    let previous = 0;
    for (const word of result.words) {
      expect(word.start).toBeGreaterThanOrEqual(previous);
      expect(word.end).toBeGreaterThanOrEqual(word.start);
      expect(word.end).toBeLessThanOrEqual(11.1);
      previous = word.start;
    }
    expect(result.segments.length).toBeGreaterThan(0);
    const executions = (await t.inject({ method: 'GET', url: `/api/v1/transcriptions/${id}/executions`, headers: session.auth })).json().items;
    expect(executions).toEqual([expect.objectContaining({ status: 'completed', provider: 'sphinx', model: 'pocketsphinx-en-us' })]);
    expect(executions[0].processing_duration_ms).toBeGreaterThan(0);
  });

  it('decodes every other format of the speech and transcribes it', async () => {
    // PocketSphinx's accuracy varies with the codec, so this checks the pipeline, not the words:
    // each variant yields English words with times inside the speech.
    const names = ['jfk.mp3', 'jfk.opus', 'jfk.webm', 'jfk.m4a', 'jfk-video.mp4', 'tel-8k.wav', 'float32.wav', 'pcm24.wav'];
    const jobs = await Promise.all(names.map((name) => transcribe(name)));
    for (const [i, { id, job }] of jobs.entries()) {
      expect(job.status, names[i]).toBe('completed');
      const result = await transcript(id);
      expect(result.words.length, names[i]).toBeGreaterThan(5);
      expect(result.words.at(-1).end, names[i]).toBeLessThanOrEqual(11.2);
    }
  }, 300_000);

  it('completes silence with empty text and no words', async () => {
    const { id, job } = await transcribe('silence-5s.wav');
    expect(job.status).toBe('completed');
    expect(await transcript(id)).toMatchObject({ text: '', words: [], segments: [] });
  });

  it('completes a 0.4 s clip without crashing', async () => {
    const { job } = await transcribe('short-0.4s.wav');
    expect(job.status).toBe('completed');
  });

  it('transcribes what a truncated WAV holds', async () => {
    const { job } = await transcribe('truncated.wav');
    expect(['completed', 'failed']).toContain(job.status);
    if (job.status === 'failed') expect(String(job.error)).not.toMatch(/\//);
  });

  it('refuses languages other than English for this model', async () => {
    const fileId = (await t.upload(session.auth, { name: 'short-0.4s.wav' })).json().id;
    const response = await t.inject({
      method: 'POST',
      url: '/api/v1/transcriptions',
      headers: session.auth,
      payload: { file_id: fileId, options: { model: 'pocketsphinx-en-us', language: 'de' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('options.language');
  });

  it('lists the model as installed', async () => {
    const models = (await t.inject({ method: 'GET', url: '/api/v1/models/transcription', headers: session.auth })).json().items;
    expect(models).toContainEqual(expect.objectContaining({ id: 'pocketsphinx-en-us', installed: true, provider: 'sphinx', default: true }));
  });
});
