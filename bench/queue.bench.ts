import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app/build-app.js';
import { loadConfig } from '../src/config/index.js';
import { FAKE_TRANSCRIPTION_MODEL, FakeEngineProvider } from '../src/transcription/engine/fake/fake.provider.js';
import { passThroughAudio } from '../src/transcription/orchestrator/audio-preparer.js';
import { percentile } from './stats.js';

const FIXTURE = path.resolve(import.meta.dirname, '../test/fixtures/audio/short-0.4s.wav');
const THROUGHPUT_JOBS = 1_000;
const LATENCY_SAMPLES = 200;

async function withApp<T>(workers: number, run: (ctx: Awaited<ReturnType<typeof setUp>>) => Promise<T>): Promise<T> {
  const ctx = await setUp(workers);
  try {
    return await run(ctx);
  } finally {
    await ctx.app.close();
    fs.rmSync(ctx.dataDir, { recursive: true, force: true });
  }
}

/** A real app (HTTP layer, SQLite file, queue, orchestrator) with the instant fake engine. */
async function setUp(workers: number) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-bench-queue-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', TRANSCRIPTION_WORKERS: String(workers), TRANSCRIPTION_DEFAULT_MODEL: FAKE_TRANSCRIPTION_MODEL });
  const app = await buildApp({ config, engines: [new FakeEngineProvider({ steps: 1 })], audioPreparer: passThroughAudio });
  const registered = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { username: 'bench', password: 'bench bench bench' } });
  const auth = { authorization: `Bearer ${registered.json<{ access_token: string }>().access_token}` };
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(FIXTURE)]), 'short.wav');
  const encoded = new Response(form);
  const upload = await app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...auth, 'content-type': encoded.headers.get('content-type') ?? '' },
    payload: Buffer.from(await encoded.arrayBuffer()),
  });
  const fileId = upload.json<{ id: string }>().id;
  const create = async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: auth, payload: { file_id: fileId } });
    if (response.statusCode !== 202) throw new Error(`create failed: ${response.body}`);
    return response.json<{ id: string }>().id;
  };
  return { app, dataDir, create };
}

/** Jobs per second from the first create until every job has completed (creates run concurrently with the workers). */
async function throughput(workers: number): Promise<number> {
  return withApp(workers, async ({ app, create }) => {
    let completed = 0;
    let allDone!: () => void;
    const done = new Promise<void>((resolve) => (allDone = resolve));
    const unsubscribe = watchAll(app, (name) => {
      if (name === 'transcription.completed' && ++completed === THROUGHPUT_JOBS) allDone();
    });
    const started = performance.now();
    for (let i = 0; i < THROUGHPUT_JOBS; i++) await create();
    await done;
    const seconds = (performance.now() - started) / 1000;
    unsubscribe();
    return THROUGHPUT_JOBS / seconds;
  });
}

/**
 * Time from enqueue (the job committed and the queue told, i.e. its `transcription.queued`
 * event) until a worker claimed it (its first `preparing` event), one job at a time with an
 * idle worker: this is the wake signal's latency, which must not depend on the poll interval.
 */
async function enqueueToClaim(): Promise<number[]> {
  return withApp(1, async ({ app, create }) => {
    const queuedAt = new Map<string, number>();
    const latencies = new Map<string, number>();
    const completed = new Set<string>();
    const unsubscribe = watchAll(app, (name, data) => {
      const id = String(data.id);
      if (name === 'transcription.queued') queuedAt.set(id, performance.now());
      if (name === 'transcription.progress' && data.stage === 'preparing' && !latencies.has(id)) latencies.set(id, performance.now() - (queuedAt.get(id) ?? NaN));
      if (name === 'transcription.completed') completed.add(id);
    });
    const samples: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const id = await create();
      while (!completed.has(id)) await new Promise((resolve) => setImmediate(resolve));
      samples.push(latencies.get(id) ?? NaN);
    }
    unsubscribe();
    return samples.sort((a, b) => a - b);
  });
}

/** Sees every event the app publishes, by wrapping the broker's publish. */
function watchAll(app: Awaited<ReturnType<typeof setUp>>['app'], listener: (name: string, data: Record<string, unknown>) => void): () => void {
  const broker = app.services.events;
  const original = broker.publish.bind(broker);
  broker.publish = (name, user, data, subject) => {
    listener(name, data);
    return original(name, user, data, subject);
  };
  return () => {
    broker.publish = original;
  };
}

export async function runQueueBench(): Promise<void> {
  console.log(`queue (fake engine, real HTTP create, SQLite synchronous=FULL, ${THROUGHPUT_JOBS} jobs per run)`);
  for (const workers of [1, 2, 4]) {
    const rate = await throughput(workers);
    console.log(`  create → claim → complete, ${workers} worker${workers > 1 ? 's' : ' '}   ${rate.toFixed(0).padStart(6)} jobs/s`);
  }
  const latency = await enqueueToClaim();
  console.log(
    `  enqueue → claim latency (idle worker, n=${latency.length})   p50=${percentile(latency, 50).toFixed(2)} ms  p99=${percentile(latency, 99).toFixed(2)} ms  (poll interval 2000 ms)`,
  );
}
