import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app/build-app.js';
import { loadConfig } from '../src/config/index.js';
import { summarize, timeEach } from './stats.js';

const FIXTURE = path.resolve(import.meta.dirname, '../test/fixtures/audio/jfk.wav');

function multipart(content: Buffer): Promise<{ body: Buffer; type: string }> {
  const form = new FormData();
  form.append('file', new Blob([content]), 'jfk.wav');
  const encoded = new Response(form);
  return encoded.arrayBuffer().then((buffer) => ({ body: Buffer.from(buffer), type: encoded.headers.get('content-type') ?? '' }));
}

/**
 * In-process HTTP costs of the foundation (Fastify inject, real SQLite file, real ffprobe):
 * upload + probe of jfk.wav, listing, a 64 KiB range read, and API-key authentication.
 */
export async function runHttpBench(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-bench-'));
  const app = await buildApp({ config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }) });
  try {
    const registered = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'bench', password: 'bench bench bench' } });
    const auth = { authorization: `Bearer ${registered.json<{ access_token: string }>().access_token}` };
    const apiKey = (await app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: auth, payload: { name: 'bench' } })).json<{ key: string }>().key;
    const { body, type } = await multipart(fs.readFileSync(FIXTURE));

    let fileId = '';
    const uploads = await timeEach(50, async () => {
      const response = await app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...auth, 'content-type': type }, payload: body });
      if (response.statusCode !== 201) throw new Error(`upload failed: ${response.body}`);
      fileId = response.json<{ id: string }>().id;
    });
    const lists = await timeEach(500, () => app.inject({ method: 'GET', url: '/api/v1/files?limit=20', headers: auth }));
    const ranges = await timeEach(500, () =>
      app.inject({ method: 'GET', url: `/api/v1/files/${fileId}/audio`, headers: { ...auth, range: 'bytes=65536-131071' } }),
    );
    const keyed = await timeEach(500, () => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { 'x-api-key': apiKey } }));
    const jwt = await timeEach(500, () => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: auth }));

    console.log('http (in-process inject, SQLite on local disk)');
    console.log(summarize('upload jfk.wav (344 KiB) + ffprobe', uploads));
    console.log(summarize('list files (limit 20 of 50)', lists));
    console.log(summarize('range read 64 KiB', ranges));
    console.log(summarize('GET /auth/me with API key', keyed));
    console.log(summarize('GET /auth/me with JWT', jwt));
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
