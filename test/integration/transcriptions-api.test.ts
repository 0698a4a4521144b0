import { afterEach, describe, expect, it } from 'vitest';
import type { FakeEngineOptions } from '../../src/transcription/engine/fake/fake.provider.js';
import { TestApp, type Session } from '../helpers/test-app.js';
import { waitUntil } from '../helpers/wait.js';

let t: TestApp;
let session: Session;

afterEach(async () => {
  await t.close();
});

async function start(fake: FakeEngineOptions = {}, env: Record<string, string> = {}) {
  const started = await TestApp.withFakeEngine(fake, env);
  t = started.t;
  session = await t.register();
  return started.engine;
}

async function uploadJfk(): Promise<string> {
  const response = await t.upload(session.auth, { name: 'jfk.wav' });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

async function create(payload: Record<string, unknown>) {
  return t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload });
}

async function transcribe(options: Record<string, unknown> = {}): Promise<string> {
  const fileId = await uploadJfk();
  const response = await create({ file_id: fileId, options });
  expect(response.statusCode, response.body).toBe(202);
  const id = response.json().id as string;
  await t.waitForStatus(session.auth, id, ['completed', 'failed']);
  return id;
}

function get(url: string) {
  return t.inject({ method: 'GET', url: `/api/v1/transcriptions${url}`, headers: session.auth });
}

describe('creating transcriptions', () => {
  it('queues with 202 and completes with progress fields set', async () => {
    await start();
    const fileId = await uploadJfk();
    const response = await create({ file_id: fileId, title: 'Inaugural', options: { language: 'en' } });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({
      file_id: fileId,
      title: 'Inaugural',
      status: 'queued',
      progress: 0,
      progress_stage: 'queued',
      options: { model: 'fake-whisper', language: 'en', task: 'transcribe', diarization: false },
      error: null,
    });
    const done = await t.waitForStatus(session.auth, response.json().id, ['completed']);
    expect(done).toMatchObject({ progress: 1, progress_stage: 'completed', attempts: 1 });
    expect(done.started_at).toEqual(expect.any(String));
    expect(done.completed_at).toEqual(expect.any(String));
    expect(done.failed_at).toBeNull();
  });

  it.each([
    [{ file_id: 'file_missing' }, 404, 'NOT_FOUND', undefined],
    [{ file_id: 'x', options: { language: 'english' } }, 400, 'VALIDATION_ERROR', 'options.language'],
    [{ file_id: 'x', options: { task: 'summarize' } }, 400, 'VALIDATION_ERROR', 'options.task'],
    [{ file_id: 'x', options: { diarization: 'yes' } }, 400, 'VALIDATION_ERROR', 'options.diarization'],
    [{ file_id: 'x', options: { num_speakers: 0 } }, 400, 'VALIDATION_ERROR', 'options.num_speakers'],
    [{ file_id: 'x', options: { temperature: 0.2 } }, 400, 'VALIDATION_ERROR', 'options.temperature'],
    [{ file_id: 'x', colour: 'red' }, 400, 'VALIDATION_ERROR', 'colour'],
    [{}, 400, 'VALIDATION_ERROR', 'file_id'],
  ])('rejects %j', async (payload, status, code, field) => {
    await start();
    const response = await create(payload);
    expect(response.statusCode).toBe(status);
    expect(response.json().error.code).toBe(code);
    expect(response.json().error.field).toBe(field);
  });

  it('rejects unknown models, bad speaker hints and unknown profiles naming the field', async () => {
    await start();
    const fileId = await uploadJfk();
    const cases = [
      [{ options: { model: 'whisper-gigantic' } }, 'options.model'],
      [{ options: { diarization: true, num_speakers: 2, min_speakers: 1 } }, 'options.num_speakers'],
      [{ options: { diarization: true, min_speakers: 4, max_speakers: 2 } }, 'options.min_speakers'],
      [{ profile_id: 'profile_nope' }, 'profile_id'],
    ] as const;
    for (const [extra, field] of cases) {
      const response = await create({ file_id: fileId, ...extra });
      expect(response.statusCode, JSON.stringify(extra)).toBe(400);
      expect(response.json().error.field).toBe(field);
    }
    const unknown = await create({ file_id: fileId, options: { model: 'whisper-gigantic' } });
    expect(unknown.json().error.message).toContain('fake-whisper');
  });

  it('checks language codes and speaker counts, normalizing what it can', async () => {
    await start();
    const fileId = await uploadJfk();
    const unknown = await create({ file_id: fileId, options: { language: 'zz' } });
    expect(unknown.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'options.language' });
    expect((await create({ file_id: fileId, options: { language: 'EN' } })).json().options.language).toBe('en');
    const contradiction = await create({ file_id: fileId, options: { diarization: false, num_speakers: 2 } });
    expect(contradiction.json().error.field).toBe('options.diarization');
    expect((await create({ file_id: fileId, options: { num_speakers: 2 } })).json().options).toMatchObject({ diarization: true, num_speakers: 2 });
  });

  it("refuses another user's file", async () => {
    await start();
    const fileId = await uploadJfk();
    const grace = await t.createUser({ username: 'grace', password: 'hopper hopper' });
    const response = await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: grace.auth, payload: { file_id: fileId } });
    expect(response.statusCode).toBe(404);
  });

  it('replays a create with the same Idempotency-Key instead of queueing twice', async () => {
    await start();
    const fileId = await uploadJfk();
    const headers = { ...session.auth, 'idempotency-key': 'create-1' };
    const first = await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers, payload: { file_id: fileId } });
    const second = await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers, payload: { file_id: fileId } });
    expect(second.json().id).toBe(first.json().id);
    const other = await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers, payload: { file_id: fileId, title: 'different' } });
    expect(other.statusCode).toBe(422);
    expect((await get('')).json().items).toHaveLength(1);
  });
});

describe('transcriptions:submit', () => {
  it('uploads and queues in one call, with options as a JSON field', async () => {
    await start();
    const response = await t.inject(await multipart('/api/v1/transcriptions:submit', { title: 'Speech', options: '{"language":"en","task":"translate"}' }));
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json()).toMatchObject({ title: 'Speech', status: 'queued', options: { language: 'en', task: 'translate' } });
    const done = await t.waitForStatus(session.auth, response.json().id, ['completed']);
    const file = await t.inject({ method: 'GET', url: `/api/v1/files/${String(done.file_id)}`, headers: session.auth });
    expect(file.json()).toMatchObject({ kind: 'audio', title: 'Speech' });
  });

  it('keeps nothing when the options are bad', async () => {
    await start();
    for (const options of ['{not json', '{"language":"english"}', '{"model":"nope"}']) {
      const response = await t.inject(await multipart('/api/v1/transcriptions:submit', { options }));
      expect(response.statusCode, options).toBe(400);
      expect(response.json().error.field).toMatch(/^options/);
    }
    expect(t.storedUploads()).toEqual([]);
    expect((await t.inject({ method: 'GET', url: '/api/v1/files', headers: session.auth })).json().items).toEqual([]);
  });

  async function multipart(url: string, fields: Record<string, string>) {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    const fs = await import('node:fs');
    const { fixture } = await import('../helpers/test-app.js');
    form.append('file', new Blob([fs.readFileSync(fixture('jfk.wav'))]), 'jfk.wav');
    const encoded = new Response(form);
    return {
      method: 'POST' as const,
      url,
      headers: { ...session.auth, 'content-type': encoded.headers.get('content-type') ?? '' },
      payload: Buffer.from(await encoded.arrayBuffer()),
    };
  }
});

describe('reading transcriptions', () => {
  it('lists with q, status, file_id, updated_after, sort and cursor', async () => {
    await start();
    const fileId = await uploadJfk();
    const ids: string[] = [];
    for (const title of ['Alpha call', 'beta review', 'Gamma call']) {
      ids.push((await create({ file_id: fileId, title })).json().id);
    }
    for (const id of ids) await t.waitForStatus(session.auth, id, ['completed']);
    expect((await get('?q=call')).json().items.map((x: { title: string }) => x.title)).toEqual(['Gamma call', 'Alpha call']);
    expect((await get('?sort=title')).json().items.map((x: { title: string }) => x.title)).toEqual(['Alpha call', 'beta review', 'Gamma call']);
    expect((await get('?status=failed')).json().items).toEqual([]);
    expect((await get(`?file_id=${fileId}`)).json().items).toHaveLength(3);
    const other = (await create({ file_id: await uploadJfk(), title: 'Delta' })).json().id;
    await t.waitForStatus(session.auth, other, ['completed']);
    expect((await get(`?file_id=${fileId}`)).json().items).toHaveLength(3);
    ids.push(other);
    const page = (await get('?limit=2')).json();
    expect(page.items).toHaveLength(2);
    const rest = (await get(`?limit=2&cursor=${encodeURIComponent(page.next_cursor)}`)).json();
    expect(rest.items.map((x: { id: string }) => x.id)).toEqual([ids[1], ids[0]]);
    expect((await get(`?updated_after=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).json().items).toEqual([]);
    expect((await get('?updated_after=yesterday')).statusCode).toBe(400);
  });

  it('renames, with an updated event', async () => {
    await start();
    const id = await transcribe();
    const response = await t.inject({ method: 'PATCH', url: `/api/v1/transcriptions/${id}`, headers: session.auth, payload: { title: 'New name' } });
    expect(response.json().title).toBe('New name');
  });

  it('serves the transcript: words, segments, language and duration', async () => {
    await start();
    const id = await transcribe({ language: 'en' });
    const transcript = (await get(`/${id}/transcript`)).json();
    expect(transcript).toMatchObject({ transcription_id: id, language: 'en', duration_seconds: 11, speakers: [] });
    expect(transcript.text).toMatch(/^and so my fellow Americans/);
    expect(transcript.words.length).toBe(22);
    expect(transcript.segments.length).toBe(3);
    expect(transcript.words[0]).toEqual({ start: 0, end: 0.4, word: 'and' });
    expect(JSON.stringify(transcript)).not.toContain('"speaker"');
  });

  it('builds segments when the engine gives only words', async () => {
    await start({ segments: false });
    const transcript = (await get(`/${await transcribe()}/transcript`)).json();
    expect(transcript.words.length).toBe(22);
    expect(transcript.segments.length).toBeGreaterThan(0);
    expect(transcript.segments[0].start).toBe(0);
  });

  it('returns empty word lists when the engine gives none', async () => {
    await start({ words: false });
    const transcript = (await get(`/${await transcribe()}/transcript`)).json();
    expect(transcript.words).toEqual([]);
    expect(transcript.segments.length).toBe(3);
  });

  it('labels speakers when diarization is asked for', async () => {
    await start();
    const transcript = (await get(`/${await transcribe({ diarization: true, num_speakers: 2 })}/transcript`)).json();
    expect(transcript.speakers).toEqual([
      { id: 'SPEAKER_00', label: 'SPEAKER_00' },
      { id: 'SPEAKER_01', label: 'SPEAKER_01' },
    ]);
    expect(transcript.words[0].speaker).toBe('SPEAKER_00');
    expect(transcript.words.find((w: { start: number }) => w.start >= 4).speaker).toBe('SPEAKER_01');
    expect(transcript.segments.every((s: { speaker?: string }) => s.speaker)).toBe(true);
  });

  it('keeps the transcript when diarization fails, saying why in the log', async () => {
    await start({ failDiarizationWith: 'segmentation model exploded' });
    const id = await transcribe({ diarization: true });
    const job = (await get(`/${id}`)).json();
    expect(job).toMatchObject({ status: 'completed', error: null, error_code: null });
    expect(job.warnings).toEqual(['Speaker diarization failed, so the transcript has no speakers: segmentation model exploded']);
    const transcript = (await get(`/${id}/transcript`)).json();
    expect(transcript.words.length).toBe(22);
    expect(transcript.speakers).toEqual([]);
    expect((await get(`/${id}/logs`)).body).toMatch(/WARN .*diarization failed.*segmentation model exploded/i);
  });

  it('still renders legacy rows: plain text and JSON without words', async () => {
    await start();
    const id = await transcribe();
    const db = t.app.services; // the row is rewritten as an old version of the server stored it
    expect(db).toBeDefined();
    const { openDatabase } = await import('../../src/db/index.js');
    const path = await import('node:path');
    const raw = openDatabase(path.join(t.dataDir, 'scriberr.db'));
    try {
      raw.connection.prepare('UPDATE transcriptions SET transcript_json = ? WHERE id = ?').run('Plain old text.', id);
      expect((await get(`/${id}/transcript`)).json()).toMatchObject({ text: 'Plain old text.', segments: [], words: [], speakers: [] });
      raw.connection
        .prepare('UPDATE transcriptions SET transcript_json = ? WHERE id = ?')
        .run(JSON.stringify({ text: 'Hi', segments: [{ start: 0, end: 1, text: 'Hi' }] }), id);
      expect((await get(`/${id}/transcript`)).json()).toMatchObject({ text: 'Hi', words: [], segments: [{ id: 'seg_000001', start: 0, end: 1, text: 'Hi' }] });
    } finally {
      raw.close();
    }
  });

  it('answers 409 for the transcript of an unfinished job', async () => {
    await start({ delayMs: 2_000 });
    const fileId = await uploadJfk();
    const id = (await create({ file_id: fileId })).json().id;
    const response = await get(`/${id}/transcript`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('TRANSCRIPT_NOT_READY');
  });

  it('lists executions with provider, model and duration, and serves a job log', async () => {
    await start();
    const id = await transcribe();
    const executions = (await get(`/${id}/executions`)).json();
    expect(executions.next_cursor).toBeNull();
    expect(executions.items).toEqual([
      expect.objectContaining({ transcription_id: id, status: 'completed', provider: 'fake', model: 'fake-whisper', error: null, failed_at: null }),
    ]);
    expect(executions.items[0].processing_duration_ms).toBeGreaterThanOrEqual(0);
    const logs = await get(`/${id}/logs`);
    expect(logs.headers['content-type']).toMatch(/^text\/plain/);
    for (const step of ['Queued.', 'Attempt 1 claimed', 'model fake-whisper', 'Stage: transcribing.', 'Stage: saving.', 'Completed in']) {
      expect(logs.body).toContain(step);
    }
    expect(logs.body).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z INFO {2}/);
    expect(logs.body).not.toContain('fellow Americans');
  });

  it('exports TXT, SRT, VTT and JSON with the right types and a file name from the title', async () => {
    await start();
    const id = await transcribe();
    await t.inject({ method: 'PATCH', url: `/api/v1/transcriptions/${id}`, headers: session.auth, payload: { title: 'Réunion 会议 "Q3" / budget.wav' } });
    const exported = async (format: string) => t.inject({ method: 'GET', url: `/api/v1/transcriptions/${id}/export?format=${format}`, headers: session.auth });

    const srt = await exported('srt');
    expect(srt.statusCode).toBe(200);
    expect(srt.headers['content-type']).toBe('application/x-subrip; charset=utf-8');
    expect(srt.headers['content-disposition']).toBe(
      `attachment; filename="Réunion ?? _Q3_ _ budget.srt"; filename*=UTF-8''R%C3%A9union%20%E4%BC%9A%E8%AE%AE%20_Q3_%20_%20budget.srt`,
    );
    expect(srt.body.split('\n').slice(0, 3)).toEqual(['1', '00:00:00,000 --> 00:00:03,900', 'and so my fellow Americans ask not what']);
    const vtt = await exported('vtt');
    expect(vtt.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(vtt.body.startsWith('WEBVTT\n\n00:00:00.000 --> ')).toBe(true);
    expect((await exported('txt')).body).toMatch(/^and so my fellow Americans/);
    expect(JSON.parse((await exported('json')).body)).toMatchObject({ transcription_id: id, language: 'en' });
    expect((await exported('docx')).statusCode).toBe(400);
  });

  it('refuses to export an unfinished transcript with 409', async () => {
    await start({ delayMs: 2_000 });
    const id = (await create({ file_id: await uploadJfk() })).json().id;
    const response = await t.inject({ method: 'GET', url: `/api/v1/transcriptions/${id}/export?format=srt`, headers: session.auth });
    expect(response.statusCode).toBe(409);
  });

  it('streams the source audio with Range', async () => {
    await start();
    const id = await transcribe();
    const response = await t.inject({ method: 'GET', url: `/api/v1/transcriptions/${id}/audio`, headers: { ...session.auth, range: 'bytes=-500' } });
    expect(response.statusCode).toBe(206);
    expect(response.rawPayload).toHaveLength(500);
  });
});

describe('failures', () => {
  it('records a sanitized error on the job, its execution and its log, with no path anywhere', async () => {
    await start({ failWith: 'cannot open /var/lib/scriberr/models/secret/encoder.onnx: token sk_abcdefghijklmnop' });
    const id = await transcribe();
    const job = (await get(`/${id}`)).json();
    expect(job.status).toBe('failed');
    expect(job.error).toBe('cannot open [path]: token [api-key]');
    expect(job.error_code).toBe('ENGINE_FAILED');
    expect(job.warnings).toEqual([]);
    expect(job.failed_at).toEqual(expect.any(String));
    const executions = (await get(`/${id}/executions`)).json().items;
    expect(executions[0]).toMatchObject({ status: 'failed', error: 'cannot open [path]: token [api-key]' });
    const logs = (await get(`/${id}/logs`)).body;
    expect(logs).toContain('ERROR Failed (ENGINE_FAILED): cannot open [path]');
    for (const response of t.responses) expect(response.body).not.toMatch(/\/var\/lib|sk_abcdef|encoder\.onnx/);
  });

  it('fails with a clear message when the source file was deleted before the job ran', async () => {
    await start();
    const fileId = await uploadJfk();
    await t.app.services.queue.stop();
    expect((await create({ file_id: fileId })).statusCode).toBe(503);
    const id = (await get('')).json().items[0].id as string;
    await t.inject({ method: 'DELETE', url: `/api/v1/files/${fileId}`, headers: session.auth });
    t.app.services.queue.start();
    const job = await t.waitForStatus(session.auth, id, ['failed']);
    expect(job.error).toBe('The source file was deleted, so there is nothing to transcribe.');
    expect(job.error_code).toBe('SOURCE_MISSING');
  });
});

describe('cancel, retry and delete', () => {
  it('cancels a queued job at once', async () => {
    await start({}, { TRANSCRIPTION_WORKERS: '0' });
    const id = (await create({ file_id: await uploadJfk() })).json().id;
    const response = await t.inject({ method: 'POST', url: `/api/v1/transcriptions/${id}:cancel`, headers: session.auth });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id, status: 'canceled' });
    expect((await get(`/${id}`)).json()).toMatchObject({ status: 'canceled', canceled_at: expect.any(String) });
  });

  it('cancels a running job, and the engine sees the abort', async () => {
    const engine = await start({ delayMs: 5_000 });
    const id = (await create({ file_id: await uploadJfk() })).json().id;
    await t.waitForStatus(session.auth, id, ['processing']);
    await waitUntil(() => engine.transcribeCalls > 0, 5_000, 'the engine to start');
    const response = await t.inject({ method: 'POST', url: `/api/v1/transcriptions/${id}:cancel`, headers: session.auth });
    expect(response.json()).toEqual({ id, status: 'canceled' });
    await waitUntil(() => engine.abortsObserved === 1, 5_000, 'the engine to see the abort');
    const job = (await get(`/${id}`)).json();
    expect(job.status).toBe('canceled');
    expect(job.failed_at).toBeNull();
    expect((await get(`/${id}/executions`)).json().items[0].status).toBe('canceled');
  });

  it('answers 409 when canceling a finished job, and 404 for an unknown one', async () => {
    await start();
    const id = await transcribe();
    const response = await t.inject({ method: 'POST', url: `/api/v1/transcriptions/${id}:cancel`, headers: session.auth });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('INVALID_STATE');
    expect((await t.inject({ method: 'POST', url: '/api/v1/transcriptions/tr_nope:cancel', headers: session.auth })).statusCode).toBe(404);
  });

  it('retries as a new job linked to the old one, but not while it runs', async () => {
    await start({ failWith: 'engine failed' });
    const id = await transcribe();
    const retry = await t.inject({ method: 'POST', url: `/api/v1/transcriptions/${id}:retry`, headers: session.auth });
    expect(retry.statusCode).toBe(202);
    expect(retry.json()).toMatchObject({ status: 'queued', source_transcription_id: id, attempts: 0 });
    expect(retry.json().id).not.toBe(id);
    const again = await t.inject({ method: 'POST', url: `/api/v1/transcriptions/${retry.json().id}:retry`, headers: session.auth });
    expect([202, 409]).toContain(again.statusCode);
  });

  it('retries with changed options, one retry of a job at a time', async () => {
    // Each attempt fails after a second, so the retry is still running when it is asked again.
    await start({ failWith: 'engine failed', delayMs: 1_000 });
    const id = await transcribe();
    const retryUrl = `/api/v1/transcriptions/${id}:retry`;
    const bogus = await t.inject({ method: 'POST', url: retryUrl, headers: session.auth, payload: { bogus: 1 } });
    expect(bogus.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'bogus' });
    const unknownModel = await t.inject({ method: 'POST', url: retryUrl, headers: session.auth, payload: { options: { model: 'whisper-gigantic' } } });
    expect(unknownModel.json().error).toMatchObject({ field: 'options.model' });

    const changed = await t.inject({ method: 'POST', url: retryUrl, headers: session.auth, payload: { options: { language: 'de' } } });
    expect(changed.statusCode).toBe(202);
    expect(changed.json().options).toMatchObject({ model: 'fake-whisper', language: 'de' });
    const twice = await t.inject({ method: 'POST', url: retryUrl, headers: session.auth });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain(changed.json().id);
  });

  it('keeps one active retry across the whole lineage: siblings and retries of retries count', async () => {
    await start({ failWith: 'engine failed', delayMs: 500 });
    const source = await transcribe();
    const retry = async (id: string) => t.inject({ method: 'POST', url: `/api/v1/transcriptions/${id}:retry`, headers: session.auth });
    const first = (await retry(source)).json().id as string;
    await t.waitForStatus(session.auth, first, ['failed']);
    const second = (await retry(source)).json().id as string;

    // The first retry has finished, but its sibling is still running.
    const ofFirst = await retry(first);
    expect(ofFirst.statusCode).toBe(409);
    expect(ofFirst.json().error.message).toContain(second);
    await t.waitForStatus(session.auth, second, ['failed']);

    const grandchild = await retry(first);
    expect(grandchild.statusCode).toBe(202);
    const ofSource = await retry(source);
    expect(ofSource.statusCode).toBe(409);
    expect(ofSource.json().error.message).toContain(grandchild.json().id);
  });

  it('refuses to retry a queued job with 409', async () => {
    await start({}, { TRANSCRIPTION_WORKERS: '0' });
    const id = (await create({ file_id: await uploadJfk() })).json().id;
    const response = await t.inject({ method: 'POST', url: `/api/v1/transcriptions/${id}:retry`, headers: session.auth });
    expect(response.statusCode).toBe(409);
  });

  it('deletes a running job: canceled first, then gone with its files', async () => {
    const engine = await start({ delayMs: 5_000 });
    const id = (await create({ file_id: await uploadJfk() })).json().id;
    await waitUntil(() => engine.transcribeCalls > 0, 5_000, 'the engine to start');
    const response = await t.inject({ method: 'DELETE', url: `/api/v1/transcriptions/${id}`, headers: session.auth });
    expect(response.statusCode).toBe(204);
    expect((await get(`/${id}`)).statusCode).toBe(404);
    expect(engine.abortsObserved).toBe(1);
  });

  it('deletes a completed job and its transcript file', async () => {
    await start();
    const id = await transcribe();
    const fs = await import('node:fs');
    const path = await import('node:path');
    const file = path.join(t.dataDir, 'transcripts', id, 'transcript.json');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).words).toHaveLength(22);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/transcriptions/${id}`, headers: session.auth })).statusCode).toBe(204);
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });
});

describe('a stopped queue', () => {
  it('answers 503 QUEUE_UNAVAILABLE but keeps the job queued for the next start', async () => {
    await start();
    const fileId = await uploadJfk();
    await t.app.services.queue.stop();
    const response = await create({ file_id: fileId });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('QUEUE_UNAVAILABLE');
    const [job] = (await get('')).json().items;
    expect(job.status).toBe('queued');
    t.app.services.queue.start();
    await t.waitForStatus(session.auth, job.id, ['completed']);
  });
});
