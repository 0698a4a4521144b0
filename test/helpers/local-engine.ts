import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { CatalogEntry } from '../../src/transcription/engine/local/catalog.js';
import { ModelDownloader, type DownloadEvent } from '../../src/transcription/engine/local/downloader.js';
import { ModelManager } from '../../src/transcription/engine/local/model-manager.js';
import { LocalProvider } from '../../src/transcription/engine/local/local.provider.js';
import { ModelStore } from '../../src/transcription/engine/local/model-store.js';
import { writeSyntheticModels } from './synthetic-models.js';

/** Catalog entries for the synthetic test models (real sherpa-onnx families, meaningless weights). */
export const TEST_CATALOG: CatalogEntry[] = [
  {
    id: 'test-ctc',
    name: 'Synthetic NeMo CTC (tests)',
    family: 'nemo_ctc',
    languages: ['en'],
    capabilities: ['transcription', 'word_timestamps'],
    sizeBytes: 10_000,
    sources: [{ tag: 'test-models', file: 'test-ctc.tar.bz2', kind: 'tar.bz2' }],
    files: { model: 'model.onnx', tokens: 'tokens.txt' },
  },
  {
    id: 'test-diarization',
    name: 'Synthetic diarization (tests)',
    family: 'diarization',
    languages: [],
    capabilities: ['diarization'],
    sizeBytes: 40_000,
    sources: [{ tag: 'test-models', file: 'test-diarization.tar.bz2', kind: 'tar.bz2' }],
    files: { segmentation: 'segmentation.onnx', embedding: 'embedding.onnx' },
  },
];

export interface LocalEngineFixture {
  provider: LocalProvider;
  store: ModelStore;
  manager: ModelManager;
  cacheDir: string;
  close(): Promise<void>;
}

/** A local provider over a fresh model cache with the synthetic models installed (or not). */
export async function localEngine(
  options: { install?: boolean; autoDownload?: boolean; baseUrl?: string; processes?: number; onEvent?: (event: DownloadEvent) => void } = {},
): Promise<LocalEngineFixture> {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-models-'));
  const store = new ModelStore(cacheDir, TEST_CATALOG);
  if (options.install !== false) {
    const source = writeSyntheticModels(fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-synth-')));
    await store.installFromDirectory('test-ctc', source.ctc);
    await store.installFromDirectory('test-diarization', source.diarization);
  }
  const logger = pino({ level: 'silent' });
  const downloader = new ModelDownloader({ store, baseUrl: options.baseUrl ?? 'http://127.0.0.1:9/models', stallTimeoutMs: 2_000, ...(options.onEvent ? { onEvent: options.onEvent } : {}) });
  const provider = new LocalProvider({
    store,
    downloader,
    autoDownload: options.autoDownload ?? true,
    executionProvider: 'cpu',
    threads: 1,
    maxLoaded: 2,
    processes: options.processes ?? 1,
    logger,
  });
  return {
    provider,
    store,
    manager: new ModelManager(store, downloader),
    cacheDir,
    close: async () => {
      await provider.close();
      fs.rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}
