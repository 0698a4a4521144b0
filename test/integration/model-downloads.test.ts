import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelDownloader, type DownloadEvent } from '../../src/transcription/engine/local/downloader.js';
import { ModelStore } from '../../src/transcription/engine/local/model-store.js';
import { EngineError } from '../../src/transcription/engine/provider.js';
import { localEngine, TEST_CATALOG } from '../helpers/local-engine.js';
import { ModelServer } from '../helpers/model-server.js';

let server: ModelServer;
let cacheDir: string;
let store: ModelStore;
let events: DownloadEvent[];

const ctc = TEST_CATALOG[0]!;

beforeEach(async () => {
  server = await ModelServer.start();
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-cache-'));
  store = new ModelStore(cacheDir, TEST_CATALOG);
  events = [];
});
afterEach(async () => {
  await server.close();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

function downloader(options: { stallTimeoutMs?: number; baseUrl?: string } = {}) {
  return new ModelDownloader({ store, baseUrl: options.baseUrl ?? server.baseUrl, stallTimeoutMs: options.stallTimeoutMs ?? 2_000, onEvent: (e) => events.push(e) });
}

async function failure(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(EngineError);
    return err as EngineError;
  }
  throw new Error('expected a failure');
}

const leftovers = () => fs.readdirSync(path.join(cacheDir, '.downloads')).filter((f) => !f.startsWith('.'));

describe('downloading a model', () => {
  it('fetches, verifies against checksum.txt, extracts and installs it, reporting progress', async () => {
    const progress: number[] = [];
    await downloader().ensure(ctc, undefined, (f) => progress.push(f));
    expect(store.isInstalled('test-ctc')).toBe(true);
    expect(fs.readdirSync(store.dir('test-ctc')).sort()).toEqual(['.scriberr-model.json', 'model.onnx', 'tokens.txt']);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['started', 'progress', 'completed']));
    expect(progress.at(-1)).toBe(1);
    expect(leftovers()).toEqual([]);
    expect(server.requests.map((r) => r.url)).toContain('/test-models/checksum.txt');
  });

  it('installs without checksum.txt (size verified only)', async () => {
    server.serveChecksums = false;
    await downloader().ensure(ctc);
    expect(store.isInstalled('test-ctc')).toBe(true);
  });

  it('rejects a download that does not match its checksum, keeping nothing', async () => {
    server.checksumOverride = 'f'.repeat(64);
    const error = await failure(downloader().ensure(ctc));
    expect(error.code).toBe('MODEL_DOWNLOAD_FAILED');
    expect(error.message).toMatch(/test-ctc.*checksum/);
    expect(store.isInstalled('test-ctc')).toBe(false);
    expect(leftovers()).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: 'failed', modelId: 'test-ctc' });
  });

  it('resumes a broken download where it stopped (HTTP Range)', async () => {
    server.faults.push({ kind: 'truncate', afterBytes: 1_000 });
    const error = await failure(downloader().ensure(ctc));
    expect(error.message).toMatch(/resumes/);
    expect(leftovers()).toEqual(['test-ctc.tar.bz2.part']);
    expect(store.isInstalled('test-ctc')).toBe(false);

    await downloader().ensure(ctc);
    expect(store.isInstalled('test-ctc')).toBe(true);
    const archive = server.archiveRequests('test-ctc.tar.bz2');
    expect(archive.map((r) => r.range)).toEqual([undefined, 'bytes=1000-']);
  });

  it('throws away an archive that cannot be unpacked, so the next attempt downloads it again', async () => {
    const good = server.files.get('test-ctc.tar.bz2');
    server.files.set('test-ctc.tar.bz2', Buffer.from('not a bzip2 archive at all'));
    const error = await failure(downloader().ensure(ctc));
    expect(error.message).toMatch(/could not be unpacked/);
    expect(leftovers()).toEqual([]);
    if (good) server.files.set('test-ctc.tar.bz2', good);
    await downloader().ensure(ctc);
    expect(store.isInstalled('test-ctc')).toBe(true);
    expect(server.archiveRequests('test-ctc.tar.bz2').map((r) => r.range)).toEqual([undefined, undefined]);
  });

  it('gives up on a stalled connection within the stall timeout', async () => {
    server.faults.push({ kind: 'stall', afterBytes: 500 });
    const started = performance.now();
    const error = await failure(downloader({ stallTimeoutMs: 500 }).ensure(ctc));
    expect(error.message).toMatch(/stalled|stopped answering/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('fails fast and clearly when the model server cannot be reached', async () => {
    const started = performance.now();
    const error = await failure(downloader({ baseUrl: 'http://127.0.0.1:9' }).ensure(ctc));
    expect(error.message).toBe('Downloading model test-ctc failed: the model server could not be reached.');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reports an HTTP error from the server', async () => {
    server.faults.push({ kind: 'status', status: 503 });
    expect((await failure(downloader().ensure(ctc))).message).toMatch(/HTTP 503/);
  });

  it('checks free disk space before downloading', async () => {
    const huge = { ...ctc, sizeBytes: 1e17 };
    expect((await failure(downloader().ensure(huge))).message).toMatch(/not enough free disk space/);
    expect(server.archiveRequests('test-ctc.tar.bz2')).toEqual([]);
  });

  it('downloads once for concurrent requests', async () => {
    const d = downloader();
    await Promise.all([d.ensure(ctc), d.ensure(ctc), d.ensure(ctc)]);
    expect(server.archiveRequests('test-ctc.tar.bz2')).toHaveLength(1);
  });

  it('waits while another live process holds the model’s lock', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      fs.mkdirSync(path.join(cacheDir, '.locks'), { recursive: true });
      const lock = path.join(cacheDir, '.locks', 'test-ctc.lock');
      fs.writeFileSync(lock, String(holder.pid));
      let done = false;
      const download = downloader().ensure(ctc).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(done).toBe(false);
      expect(server.archiveRequests('test-ctc.tar.bz2')).toHaveLength(0);
      fs.rmSync(lock);
      await download;
      expect(store.isInstalled('test-ctc')).toBe(true);
    } finally {
      holder.kill();
    }
  });

  it('takes over the lock of a process that died', async () => {
    fs.mkdirSync(path.join(cacheDir, '.locks'), { recursive: true });
    fs.writeFileSync(path.join(cacheDir, '.locks', 'test-ctc.lock'), '999999999');
    await downloader().ensure(ctc);
    expect(store.isInstalled('test-ctc')).toBe(true);
  });

  it('never uses a half-installed model (no marker)', async () => {
    fs.mkdirSync(store.dir('test-ctc'), { recursive: true });
    fs.writeFileSync(path.join(store.dir('test-ctc'), 'model.onnx'), 'partial');
    fs.writeFileSync(path.join(store.dir('test-ctc'), 'tokens.txt'), 'partial');
    expect(store.isInstalled('test-ctc')).toBe(false);
    await downloader().ensure(ctc);
    expect(fs.statSync(path.join(store.dir('test-ctc'), 'model.onnx')).size).toBeGreaterThan(1_000);
  });
});

describe('the local provider and downloads', () => {
  it('downloads a missing model on first use when auto-download is on', async () => {
    const engine = await localEngine({ install: false, baseUrl: server.baseUrl });
    try {
      const progress: [number, string | undefined][] = [];
      await engine.provider.prepare('test-ctc', new AbortController().signal, (f, detail) => progress.push([f, detail]));
      expect(engine.store.isInstalled('test-ctc')).toBe(true);
      expect(progress.some(([, detail]) => detail === 'downloading')).toBe(true);
      expect((await engine.provider.capabilities()).find((m) => m.id === 'test-ctc')?.installed).toBe(true);
    } finally {
      await engine.close();
    }
  });

  it('never downloads when auto-download is off, and says how to install the model', async () => {
    const engine = await localEngine({ install: false, autoDownload: false, baseUrl: server.baseUrl });
    try {
      const error = await failure(engine.provider.prepare('test-ctc', new AbortController().signal));
      expect(error.code).toBe('MODEL_NOT_INSTALLED');
      expect(error.message).toContain('test-ctc');
      expect(error.message).toContain('npm run models -- download test-ctc');
      expect(server.requests).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});
