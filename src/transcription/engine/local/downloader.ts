import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { isProcessAlive } from '../../../shared/process-alive.js';
import { EngineError, type EngineProgress } from '../provider.js';
import type { CatalogEntry, ModelSource } from './catalog.js';
import type { ModelStore } from './model-store.js';

export type DownloadEvent =
  | { type: 'started'; modelId: string; totalBytes: number }
  | { type: 'progress'; modelId: string; receivedBytes: number; totalBytes: number; fraction: number }
  | { type: 'completed'; modelId: string }
  | { type: 'failed'; modelId: string; error: string };

export interface DownloaderOptions {
  store: ModelStore;
  /** SPEECH_ENGINE_MODEL_BASE_URL: `<base>/<tag>/<file>` and `<base>/<tag>/checksum.txt`. */
  baseUrl: string;
  onEvent?: (event: DownloadEvent) => void;
  /** A connection that delivers nothing for this long is abandoned (resumable later). */
  stallTimeoutMs?: number;
  fetch?: typeof fetch;
}

const STALL_TIMEOUT_MS = 30_000;
// The checksum list is small: a server that cannot send it quickly is not going to send archives.
const CHECKSUM_TIMEOUT_MS = 10_000;
const LOCK_POLL_MS = 500;
// Room for the archive plus the extracted model next to it.
const DISK_FACTOR = 2.5;

function failed(modelId: string, why: string, cause?: unknown): EngineError {
  return new EngineError('MODEL_DOWNLOAD_FAILED', `Downloading model ${modelId} failed: ${why}`, true, { cause });
}

/**
 * Downloads, verifies and installs models. A download resumes where an interrupted one
 * stopped (HTTP Range), is checked against the release's size and `checksum.txt` when there
 * is one, and is installed atomically. One model is downloaded once at a time, across
 * requests (a promise per model) and across processes (a lock file).
 */
export class ModelDownloader {
  private readonly running = new Map<string, Promise<void>>();
  private readonly checksums = new Map<string, Promise<Map<string, string>>>();
  private readonly fetch: typeof fetch;

  constructor(private readonly options: DownloaderOptions) {
    this.fetch = options.fetch ?? fetch;
  }

  /** Downloads and installs a model (and the helper models it needs) unless already installed. */
  ensure(entry: CatalogEntry, signal?: AbortSignal, onProgress?: EngineProgress): Promise<void> {
    if (this.options.store.isInstalled(entry.id)) return Promise.resolve();
    let running = this.running.get(entry.id);
    if (!running) {
      running = this.withLock(entry, () => this.download(entry, onProgress)).finally(() => this.running.delete(entry.id));
      this.running.set(entry.id, running);
    }
    // A caller that gives up stops waiting; the download goes on for whoever else needs it.
    return signal ? abortable(running, signal) : running;
  }

  isDownloading(modelId: string): boolean {
    return this.running.has(modelId);
  }

  private async download(entry: CatalogEntry, onProgress?: EngineProgress): Promise<void> {
    const { store, onEvent } = this.options;
    if (store.isInstalled(entry.id)) return;
    await this.checkDiskSpace(entry);
    onEvent?.({ type: 'started', modelId: entry.id, totalBytes: entry.sizeBytes });
    try {
      let done = 0;
      for (const source of entry.sources) {
        await this.fetchSource(entry, source, (received) => {
          const fraction = Math.min(0.99, (done + received) / entry.sizeBytes);
          onProgress?.(fraction, 'downloading');
          onEvent?.({ type: 'progress', modelId: entry.id, receivedBytes: done + received, totalBytes: entry.sizeBytes, fraction });
        });
        done += (await fsp.stat(store.sourcePath(source))).size;
      }
      await store.install(entry.id);
      onProgress?.(1, 'downloading');
      onEvent?.({ type: 'completed', modelId: entry.id });
    } catch (err) {
      const error = err instanceof EngineError ? err : failed(entry.id, 'the archive could not be installed.', err);
      onEvent?.({ type: 'failed', modelId: entry.id, error: error.message });
      throw error;
    }
  }

  private async fetchSource(entry: CatalogEntry, source: ModelSource, onBytes: (received: number) => void): Promise<void> {
    const { store, baseUrl } = this.options;
    const final = store.sourcePath(source);
    if (fs.existsSync(final)) return;
    const part = `${final}.part`;
    await fsp.mkdir(path.dirname(part), { recursive: true });
    const expectedHash = (await this.checksumsFor(source.tag)).get(source.file);
    const have = fs.existsSync(part) ? (await fsp.stat(part)).size : 0;
    const url = `${baseUrl}/${source.tag}/${encodeURIComponent(source.file)}`;

    const controller = new AbortController();
    let stall: NodeJS.Timeout | undefined;
    const armStall = () => {
      clearTimeout(stall);
      stall = setTimeout(() => controller.abort(new Error('stalled')), this.options.stallTimeoutMs ?? STALL_TIMEOUT_MS);
    };
    armStall();
    try {
      let response: Response;
      try {
        response = await this.fetch(url, { headers: have > 0 ? { range: `bytes=${have}-` } : {}, signal: controller.signal });
      } catch (err) {
        throw failed(entry.id, controller.signal.aborted ? 'the model server stopped answering.' : 'the model server could not be reached.', err);
      }
      if (response.status === 416 && have > 0) {
        // Everything was already there: the part file is complete.
      } else if (response.status !== 200 && response.status !== 206) {
        throw failed(entry.id, `the model server answered HTTP ${response.status} for ${source.file}.`);
      } else {
        const resumed = response.status === 206;
        const total = totalSize(response, resumed ? have : 0);
        const out = fs.createWriteStream(part, { flags: resumed ? 'a' : 'w' });
        let received = resumed ? have : 0;
        try {
          for await (const chunk of response.body ?? []) {
            armStall();
            received += (chunk as Uint8Array).length;
            if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
            onBytes(received);
          }
        } catch (err) {
          throw failed(entry.id, controller.signal.aborted ? 'the connection stalled; the next attempt resumes where this one stopped.' : 'the connection broke; the next attempt resumes where this one stopped.', err);
        } finally {
          await new Promise<void>((resolve) => out.end(() => resolve()));
        }
        if (total !== undefined && received !== total) {
          throw failed(entry.id, `${source.file} arrived incomplete (${received} of ${total} bytes); the next attempt resumes it.`);
        }
      }
    } finally {
      clearTimeout(stall);
    }
    if (expectedHash) {
      const actual = await sha256File(part);
      if (actual !== expectedHash) {
        await fsp.rm(part, { force: true });
        throw failed(entry.id, `${source.file} does not match its published SHA-256 checksum; it was deleted.`);
      }
    }
    await fsp.rename(part, final);
  }

  /** The release's `checksum.txt` (`file<TAB>sha256` per line); empty when it has none. */
  private checksumsFor(tag: string): Promise<Map<string, string>> {
    let pending = this.checksums.get(tag);
    if (!pending) {
      pending = (async () => {
        try {
          const response = await this.fetch(`${this.options.baseUrl}/${tag}/checksum.txt`, { signal: AbortSignal.timeout(CHECKSUM_TIMEOUT_MS) });
          if (!response.ok) return new Map<string, string>();
          return parseChecksums(await response.text());
        } catch {
          return new Map<string, string>();
        }
      })();
      this.checksums.set(tag, pending);
      // Retry the lookup next time if it came back empty (the server may have been down).
      void pending.then((map) => map.size === 0 && this.checksums.delete(tag));
    }
    return pending;
  }

  private async checkDiskSpace(entry: CatalogEntry): Promise<void> {
    await fsp.mkdir(this.options.store.root, { recursive: true });
    const stats = await fsp.statfs(this.options.store.root);
    const free = stats.bavail * stats.bsize;
    const needed = entry.sizeBytes * DISK_FACTOR;
    if (free < needed) {
      throw failed(entry.id, `not enough free disk space in the model cache (${gb(free)} free, about ${gb(needed)} needed).`);
    }
  }

  /** Holds `<cache>/.locks/<id>.lock` while downloading; waits while another live process holds it. */
  private async withLock(entry: CatalogEntry, work: () => Promise<void>): Promise<void> {
    const lock = path.join(this.options.store.root, '.locks', `${entry.id}.lock`);
    await fsp.mkdir(path.dirname(lock), { recursive: true });
    for (;;) {
      try {
        await fsp.writeFile(lock, String(process.pid), { flag: 'wx' });
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const holder = Number(await fsp.readFile(lock, 'utf8').catch(() => ''));
        if (!Number.isInteger(holder) || holder <= 0 || !isProcessAlive(holder) || holder === process.pid) {
          await fsp.rm(lock, { force: true });
          continue;
        }
        await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
        if (this.options.store.isInstalled(entry.id)) return;
      }
    }
    try {
      await work();
    } finally {
      await fsp.rm(lock, { force: true });
    }
  }
}

export function parseChecksums(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length !== 2) continue;
    const [a = '', b = ''] = parts;
    // `file<TAB>sha256` (the releases' format) or `sha256  file` (sha256sum's).
    if (/^[0-9a-f]{64}$/i.test(b)) map.set(a, b.toLowerCase());
    else if (/^[0-9a-f]{64}$/i.test(a)) map.set(b, a.toLowerCase());
  }
  return map;
}

function totalSize(response: Response, offset: number): number | undefined {
  const range = response.headers.get('content-range');
  const fromRange = range ? Number(/\/(\d+)$/.exec(range)?.[1]) : NaN;
  if (Number.isFinite(fromRange)) return fromRange;
  const length = Number(response.headers.get('content-length'));
  return Number.isFinite(length) && length > 0 ? offset + length : undefined;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function gb(bytes: number): string {
  return `${(bytes / 1e9).toFixed(1)} GB`;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new EngineError('ABORTED', 'Waiting for the model download was canceled.'));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new EngineError('ABORTED', 'Waiting for the model download was canceled.'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
