import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixture, mediaTools, TestApp, type Session } from '../helpers/test-app.js';

let t: TestApp;
let session: Session;
let scratch: string;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-media-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

beforeEach(async () => {
  t = await TestApp.start();
  session = await t.register();
});
afterEach(async () => {
  await t.close();
});

/** Makes a media file with the machine's ffmpeg (kept out of the repository to keep it small). */
async function makeMedia(name: string, args: string[]): Promise<Buffer> {
  const tools = await mediaTools();
  if (!tools) throw new Error('ffmpeg is required for this test');
  const out = path.join(scratch, name);
  if (!fs.existsSync(out)) execFileSync(tools.ffmpegPath, ['-v', 'error', '-y', ...args, out]);
  return fs.readFileSync(out);
}

describe('uploading every audio fixture', () => {
  it.each([
    ['jfk.wav', 'audio', 'audio/wav', 11.0],
    ['jfk.mp3', 'audio', 'audio/mpeg', 11.09],
    ['jfk.opus', 'audio', 'audio/ogg', 11.0],
    ['jfk.webm', 'audio', 'audio/webm', 11.0],
    ['jfk.m4a', 'audio', 'audio/mp4', 11.0],
    ['jfk-video.mp4', 'video', 'video/mp4', 15.9],
    ['tel-8k.wav', 'audio', 'audio/wav', 11.0],
    ['float32.wav', 'audio', 'audio/wav', 11.0],
    ['pcm24.wav', 'audio', 'audio/wav', 11.0],
    ['ami-ib4002-clip.wav', 'audio', 'audio/wav', 19.46],
    ['dialog-2spk.wav', 'audio', 'audio/wav', 22.44],
    ['silence-5s.wav', 'audio', 'audio/wav', 5.0],
    ['short-0.4s.wav', 'audio', 'audio/wav', 0.4],
    // The header promises more than the file holds: accepted, with the duration of what is there.
    ['truncated.wav', 'audio', 'audio/wav', 3.12],
  ])('accepts %s as %s (%s, ≈%s s)', async (name, kind, mimeType, duration) => {
    const response = await t.upload(session.auth, { name });
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json();
    expect(file).toMatchObject({ title: name, kind, mime_type: mimeType, status: 'ready', size_bytes: fs.statSync(fixture(name)).size });
    expect(file.duration_seconds).toBeCloseTo(duration, 1);
  });

  it('accepts 48 kHz stereo audio', async () => {
    const content = await makeMedia('stereo-48k.wav', ['-i', fixture('jfk.wav'), '-ar', '48000', '-ac', '2']);
    const response = await t.upload(session.auth, { name: 'stereo-48k.wav', content });
    expect(response.statusCode).toBe(201);
    expect(response.json().duration_seconds).toBeCloseTo(11.0, 1);
  });

  it('rejects zero-bytes.wav with 415 naming the problem, keeping nothing', async () => {
    const response = await t.upload(session.auth, { name: 'zero-bytes.wav' });
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({ code: 'EMPTY_FILE', field: 'file' });
    expect(response.json().error.message).toMatch(/empty/);
    expect(t.storedUploads()).toEqual([]);
  });

  it('rejects not-audio.mp3 (text with an audio extension) with 415, keeping nothing', async () => {
    const response = await t.upload(session.auth, { name: 'not-audio.mp3', type: 'audio/mpeg' });
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({ code: 'NOT_MEDIA', message: 'The file is not a decodable audio or video file.' });
    expect(t.storedUploads()).toEqual([]);
  });

  it('rejects a video without an audio stream with 415', async () => {
    const content = await makeMedia('video-only.mp4', ['-i', fixture('jfk-video.mp4'), '-an', '-c:v', 'copy']);
    const response = await t.upload(session.auth, { name: 'video-only.mp4', content });
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toMatchObject({ code: 'NO_AUDIO_STREAM', message: 'The file contains no audio stream.' });
  });

  it('lists nothing after rejected uploads', async () => {
    await t.upload(session.auth, { name: 'zero-bytes.wav' });
    await t.upload(session.auth, { name: 'not-audio.mp3' });
    const list = await t.inject({ method: 'GET', url: '/api/v1/files', headers: session.auth });
    expect(list.json().items).toEqual([]);
  });
});

describe('client file names', () => {
  it.each([
    ['with spaces.wav', 'with spaces.wav'],
    ['"quoted" \'name\'.wav', '"quoted" \'name\'.wav'],
    ['Ünïcødé 会议 🎙️.wav', 'Ünïcødé 会议 🎙️.wav'],
    ['../../../etc/passwd.wav', 'passwd.wav'],
    ['..\\..\\boot.ini.wav', 'boot.ini.wav'],
  ])('stores %j under a generated name and shows it back as the title %j', async (filename, title) => {
    const response = await t.upload(session.auth, { name: 'short-0.4s.wav', filename });
    expect(response.statusCode).toBe(201);
    expect(response.json().title).toBe(title);
    const stored = t.storedUploads();
    expect(stored).toHaveLength(1);
    expect(path.basename(stored[0] ?? '')).toBe(response.json().id);
    expect(stored[0]?.startsWith(path.join(t.dataDir, 'uploads'))).toBe(true);
  });

  it('uses the title field when given', async () => {
    const response = await t.upload(session.auth, { name: 'short-0.4s.wav' }, { title: 'Board meeting' });
    expect(response.json().title).toBe('Board meeting');
  });

  it('refuses a title longer than 255 characters instead of cutting it', async () => {
    const response = await t.upload(session.auth, { name: 'short-0.4s.wav' }, { title: 'x'.repeat(300) });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'title' });
    expect(t.storedUploads()).toEqual([]);
  });

  it('rejects unknown form fields and a missing file', async () => {
    const unknown = await t.upload(session.auth, { name: 'short-0.4s.wav' }, { colour: 'blue' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'colour' });

    const body = new FormData();
    body.append('title', 'no file');
    const encoded = new Response(body);
    const missing = await t.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: { ...session.auth, 'content-type': encoded.headers.get('content-type') ?? '' },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'file' });
    expect(t.storedUploads()).toEqual([]);
  });

  it('refuses a JSON body on the upload route with 415', async () => {
    const response = await t.inject({ method: 'POST', url: '/api/v1/files', headers: session.auth, payload: { file: 'x' } });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_CONTENT_TYPE');
  });
});

describe('upload size limit', () => {
  it('answers 413 for a file over MAX_UPLOAD_SIZE_MB and leaves nothing on disk', async () => {
    const small = await TestApp.start({ MAX_UPLOAD_SIZE_MB: '1' });
    try {
      const auth = (await small.register()).auth;
      const response = await small.upload(auth, { name: 'big.wav', content: Buffer.alloc(1024 * 1024 + 10, 1) });
      expect(response.statusCode).toBe(413);
      expect(response.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      expect(response.json().error.message).toContain('1 MB');
      expect(small.storedUploads()).toEqual([]);
      // A file under the limit still goes through afterwards.
      expect((await small.upload(auth, { name: 'jfk.wav' })).statusCode).toBe(201);
    } finally {
      await small.close();
    }
  });
});

describe('Idempotency-Key on uploads', () => {
  it('returns the first response again for a retry with the same key and file', async () => {
    const headers = { 'idempotency-key': 'upload-1' };
    const first = await t.upload(session.auth, { name: 'jfk.wav' }, {}, headers);
    const retry = await t.upload(session.auth, { name: 'jfk.wav' }, {}, headers);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(t.storedUploads(), t.storedUploads().join()).toHaveLength(1);
  });

  it('refuses the same key with a different file (422) and frees keys of failed requests', async () => {
    const headers = { 'idempotency-key': 'upload-2' };
    expect((await t.upload(session.auth, { name: 'jfk.wav' }, {}, headers)).statusCode).toBe(201);
    const other = await t.upload(session.auth, { name: 'jfk.mp3' }, {}, headers);
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');

    const failedKey = { 'idempotency-key': 'upload-3' };
    expect((await t.upload(session.auth, { name: 'not-audio.mp3' }, {}, failedKey)).statusCode).toBe(415);
    expect((await t.upload(session.auth, { name: 'jfk.opus' }, {}, failedKey)).statusCode).toBe(201);
    expect(t.storedUploads()).toHaveLength(2);
  });
});

describe('crafted playlists', () => {
  let hits: string[];
  let server: http.Server;
  let port: number;

  beforeEach(async () => {
    hits = [];
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end(fs.readFileSync(fixture('jfk.mp3')));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('rejects an HLS playlist pointing at a URL without fetching it', async () => {
    const playlist = `#EXTM3U\n#EXT-X-TARGETDURATION:11\n#EXTINF:11,\nhttp://127.0.0.1:${port}/segment.mp3\n#EXT-X-ENDLIST\n`;
    const response = await t.upload(session.auth, { name: 'evil.m3u8', content: Buffer.from(playlist) });
    expect(response.statusCode).toBe(415);
    expect(hits).toEqual([]);
  });

  it('rejects an HLS playlist and a concat list pointing at other local files', async () => {
    const hls = `#EXTM3U\n#EXT-X-TARGETDURATION:11\n#EXTINF:11,\nfile:${fixture('jfk.wav')}\n#EXT-X-ENDLIST\n`;
    expect((await t.upload(session.auth, { name: 'local.m3u8', content: Buffer.from(hls) })).statusCode).toBe(415);
    const concat = `ffconcat version 1.0\nfile '${fixture('jfk.wav')}'\n`;
    expect((await t.upload(session.auth, { name: 'list.ffconcat', content: Buffer.from(concat) })).statusCode).toBe(415);
  });
});

describe('without ffmpeg/ffprobe', () => {
  it('keeps serving and refuses uploads with a clear 503', async () => {
    const bare = await TestApp.start({}, { mediaTools: null });
    try {
      const auth = (await bare.register()).auth;
      const response = await bare.upload(auth, { name: 'jfk.wav' });
      expect(response.statusCode).toBe(503);
      expect(response.json().error).toMatchObject({ code: 'MEDIA_TOOLS_UNAVAILABLE' });
      expect(response.json().error.message).toMatch(/ffmpeg/);
      const ready = await bare.inject({ method: 'GET', url: '/api/v1/ready' });
      expect(ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', media_tools: 'missing' } });
    } finally {
      await bare.close();
    }
  });
});
