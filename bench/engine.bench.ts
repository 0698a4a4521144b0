import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { buildApp } from '../src/app/build-app.js';
import { loadConfig } from '../src/config/index.js';
import { decodeToWav16k, locateMediaTools, type MediaTools } from '../src/media/index.js';
import { FakeEngineProvider } from '../src/transcription/engine/fake/fake.provider.js';
import { CATALOG } from '../src/transcription/engine/local/catalog.js';
import { ModelDownloader } from '../src/transcription/engine/local/downloader.js';
import { LocalProvider, sherpaAvailable } from '../src/transcription/engine/local/local.provider.js';
import { ModelStore } from '../src/transcription/engine/local/model-store.js';
import type { EngineProvider } from '../src/transcription/engine/provider.js';
import { SphinxProvider } from '../src/transcription/engine/sphinx/sphinx.provider.js';

const FIXTURE = path.resolve(import.meta.dirname, '../test/fixtures/audio/jfk.wav');

interface Subject {
  label: string;
  model: string;
  create: () => EngineProvider;
}

/** Providers this machine can run: the fake, PocketSphinx if installed, and installed local models. */
function subjects(): Subject[] {
  const list: Subject[] = [{ label: 'fake (no inference)', model: 'fake-whisper', create: () => new FakeEngineProvider() }];
  if (new SphinxProvider().installed()) list.push({ label: 'sphinx', model: 'pocketsphinx-en-us', create: () => new SphinxProvider() });
  const config = loadConfig(process.env);
  const store = new ModelStore(config.speechEngine.cacheDir, CATALOG);
  if (sherpaAvailable()) {
    for (const entry of CATALOG.filter((e) => e.capabilities.includes('transcription'))) {
      if (![entry.id, ...(entry.requires ?? [])].every((id) => store.isInstalled(id))) continue;
      list.push({
        label: `local ${entry.id}`,
        model: entry.id,
        create: () =>
          new LocalProvider({
            store,
            downloader: new ModelDownloader({ store, baseUrl: config.speechEngine.modelBaseUrl }),
            autoDownload: false,
            executionProvider: config.speechEngine.provider,
            threads: config.speechEngine.threads,
            maxLoaded: 1,
            processes: 1,
            logger: pino({ level: 'silent' }),
          }),
      });
    }
  }
  return list;
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await run();
  return [value, performance.now() - start];
}

/** Raw engine work: ffmpeg decode, then the provider's transcription of the decoded audio. */
async function raw(subject: Subject, tools: MediaTools, input: string, seconds: number, scratch: string) {
  const wav = path.join(scratch, `raw-${Date.now()}.wav`);
  const [, decodeMs] = await timed(() => decodeToWav16k(tools, input, wav, { durationSeconds: seconds }));
  const provider = subject.create();
  try {
    await provider.prepare(subject.model, new AbortController().signal);
    // A warm-up on the short fixture (already 16 kHz WAV) so model loading is not counted as inference.
    await provider.transcribe({ jobId: 'warm', audio: { path: FIXTURE, format: 'wav16k', durationSeconds: 11 }, modelId: subject.model, language: null, task: 'transcribe' }, new AbortController().signal);
    const [, inferenceMs] = await timed(() =>
      provider.transcribe({ jobId: 'bench', audio: { path: wav, format: 'wav16k', durationSeconds: seconds }, modelId: subject.model, language: null, task: 'transcribe' }, new AbortController().signal),
    );
    return { decodeMs, inferenceMs };
  } finally {
    await provider.close();
    fs.rmSync(wav, { force: true });
  }
}

/** The same file as a whole job through the server: upload excluded, create → completed. */
async function job(subject: Subject, input: string): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-bench-engine-'));
  const app = await buildApp({ config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', TRANSCRIPTION_DEFAULT_MODEL: subject.model }), engines: [subject.create()] });
  try {
    const auth = { authorization: `Bearer ${(await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'bench', password: 'bench bench bench' } })).json<{ access_token: string }>().access_token}` };
    const upload = async (file: string) => {
      const form = new FormData();
      form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file));
      const encoded = new Response(form);
      const response = await app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...auth, 'content-type': encoded.headers.get('content-type') ?? '' }, payload: Buffer.from(await encoded.arrayBuffer()) });
      return response.json<{ id: string }>().id;
    };
    const run = async (fileId: string) => {
      const id = (await app.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: auth, payload: { file_id: fileId } })).json<{ id: string }>().id;
      for (;;) {
        const { status, error } = (await app.inject({ method: 'GET', url: `/api/v1/transcriptions/${id}`, headers: auth })).json<{ status: string; error: string | null }>();
        if (status === 'completed') return;
        if (status === 'failed' || status === 'canceled') throw new Error(`bench job ${status}: ${error ?? ''}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await run(await upload(FIXTURE)); // warm-up on the short fixture: loads the model
    const fileId = await upload(input);
    return (await timed(() => run(fileId)))[1];
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runEngineBench(): Promise<void> {
  const tools = await locateMediaTools();
  if (!tools) throw new Error('ffmpeg is needed for the engine benchmark');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-bench-audio-'));
  const long = path.join(scratch, 'ten-minutes.wav');
  // Ten minutes of real speech: the JFK fixture looped.
  execFileSync(tools.ffmpegPath, ['-v', 'error', '-stream_loop', '60', '-i', FIXTURE, '-t', '600', '-c', 'copy', long]);
  const inputs = [
    { name: 'jfk.wav (11 s)', file: FIXTURE, seconds: 11 },
    { name: '10-minute file', file: long, seconds: 600 },
  ];
  console.log('engine (decode = ffmpeg to 16 kHz WAV; inference = provider only; job = create → completed through the server)');
  console.log(`${'provider'.padEnd(26)} ${'audio'.padEnd(16)} ${'decode'.padStart(9)} ${'inference'.padStart(10)} ${'job'.padStart(9)} ${'RTF'.padStart(7)} ${'job/raw'.padStart(8)}`);
  try {
    for (const subject of subjects()) {
      for (const input of inputs) {
        const { decodeMs, inferenceMs } = await raw(subject, tools, input.file, input.seconds, scratch);
        const jobMs = await job(subject, input.file);
        const rtf = inferenceMs / 1000 / input.seconds;
        console.log(
          `${subject.label.padEnd(26)} ${input.name.padEnd(16)} ${`${decodeMs.toFixed(0)} ms`.padStart(9)} ${`${inferenceMs.toFixed(0)} ms`.padStart(10)} ${`${jobMs.toFixed(0)} ms`.padStart(9)} ${rtf.toFixed(3).padStart(7)} ${(jobMs / (decodeMs + inferenceMs)).toFixed(2).padStart(8)}`,
        );
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
