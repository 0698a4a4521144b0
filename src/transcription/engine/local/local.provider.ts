import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import {
  EngineError,
  type DiarizationRequest,
  type DiarizationResult,
  type EngineProgress,
  type EngineProvider,
  type ModelCapability,
  type TranscriptionRequest,
  type TranscriptionResult,
} from '../provider.js';
import { VAD_MODEL_ID, type CatalogEntry } from './catalog.js';
import type { ModelDownloader } from './downloader.js';
import { EnginePool } from './engine-client.js';
import { MAX_CHUNK_SECONDS, type EngineSettings } from './engine-protocol.js';
import type { ModelStore } from './model-store.js';

export interface LocalProviderOptions {
  store: ModelStore;
  downloader: ModelDownloader;
  autoDownload: boolean;
  /** SPEECH_ENGINE_PROVIDER. */
  executionProvider: 'auto' | 'cpu' | 'cuda';
  /** SPEECH_ENGINE_THREADS; 0 = all cores. */
  threads: number;
  maxLoaded: number;
  /** Engine processes: as many as jobs may run at once. */
  processes: number;
  logger: Logger;
}

const require = createRequire(import.meta.url);
const CUDA_FALLBACK = /fallback to cpu/i;

/** Whether the installed ONNX Runtime has its CUDA provider next to the sherpa-onnx addon. */
export function cudaLibraryPresent(): boolean {
  try {
    const addonDir = path.dirname(require.resolve(`sherpa-onnx-${os.platform() === 'win32' ? 'win' : os.platform()}-${os.arch()}/package.json`));
    return fs.existsSync(path.join(addonDir, 'libonnxruntime_providers_cuda.so'));
  } catch {
    return false;
  }
}

/** Whether sherpa-onnx can be loaded on this machine at all (its platform package is installed). */
export function sherpaAvailable(): boolean {
  try {
    require.resolve('sherpa-onnx-node');
    return true;
  } catch {
    return false;
  }
}

function installHint(id: string): string {
  return `Install it with \`npm run models -- download ${id}\`, or copy its archive here and run \`npm run models -- import <archive>\`.`;
}

/**
 * The local engine: sherpa-onnx models (Whisper, Parakeet, Moonshine, diarization) run in
 * separate engine processes, downloaded on first use into the model cache.
 */
export class LocalProvider implements EngineProvider {
  readonly id = 'local';
  private readonly pool: EnginePool;
  private readonly settings: EngineSettings;
  private cudaChecked = false;

  constructor(private readonly options: LocalProviderOptions) {
    this.pool = new EnginePool(options.processes, options.logger.child({ component: 'engine' }));
    const wantsCuda = options.executionProvider === 'cuda' || (options.executionProvider === 'auto' && cudaLibraryPresent());
    this.settings = {
      threads: options.threads > 0 ? options.threads : os.availableParallelism(),
      provider: wantsCuda ? 'cuda' : 'cpu',
      maxLoaded: options.maxLoaded,
    };
    options.logger.info(
      { requested: options.executionProvider, using: this.settings.provider, threads: this.settings.threads },
      options.executionProvider === 'auto' && !wantsCuda ? 'local engine: CUDA runtime not installed, using CPU' : 'local engine execution provider',
    );
  }

  async capabilities(): Promise<ModelCapability[]> {
    const { store } = this.options;
    return store.catalog
      .filter((entry) => entry.listed !== false)
      .map((entry) => ({
        id: entry.id,
        name: entry.name,
        provider: this.id,
        installed: this.installed(entry),
        capabilities: entry.capabilities,
        languages: entry.languages,
        sizeBytes: entry.sizeBytes,
      }));
  }

  /** Downloads what the model needs (unless auto-download is off) and checks CUDA when it was asked for. */
  async prepare(modelId: string, signal: AbortSignal, onProgress?: EngineProgress): Promise<void> {
    const entry = this.entry(modelId);
    if (this.options.executionProvider === 'cuda' && !cudaLibraryPresent()) {
      throw new EngineError(
        'ENGINE_FAILED',
        'SPEECH_ENGINE_PROVIDER=cuda, but this installation has no CUDA runtime for the speech engine. Install the GPU libraries (see README, GPU) or set SPEECH_ENGINE_PROVIDER=auto or cpu.',
      );
    }
    // The model itself first, so a failure names the model the user asked for.
    for (const needed of [entry, ...(entry.requires ?? []).map((id) => this.entry(id))]) {
      if (this.options.store.isInstalled(needed.id)) continue;
      if (!this.options.autoDownload) {
        throw new EngineError('MODEL_NOT_INSTALLED', `The model ${entry.id} is not installed and automatic downloads are off (SPEECH_ENGINE_AUTO_DOWNLOAD=false). ${installHint(entry.id)}`);
      }
      await this.options.downloader.ensure(needed, signal, onProgress);
    }
  }

  async transcribe(request: TranscriptionRequest, signal: AbortSignal, onProgress?: EngineProgress): Promise<TranscriptionResult> {
    const entry = this.entry(request.modelId);
    if (request.audio.format !== 'wav16k') throw new EngineError('UNSUPPORTED', 'The local engine needs audio decoded to 16 kHz WAV.');
    const { store } = this.options;
    const { reply, diagnostics } = await this.pool.run(
      {
        type: 'transcribe',
        model: { id: entry.id, family: entry.family, files: store.files(entry.id), multilingual: entry.family === 'whisper' && entry.languages.length > 1 },
        vadModel: store.isInstalled(VAD_MODEL_ID) && (entry.requires ?? []).includes(VAD_MODEL_ID) ? (store.files(VAD_MODEL_ID).model ?? null) : null,
        audioPath: request.audio.path,
        language: request.language,
        task: request.task,
        maxChunkSeconds: MAX_CHUNK_SECONDS[entry.family] || 30,
        settings: this.settings,
      },
      signal,
      onProgress,
    );
    this.checkCuda(diagnostics);
    if (reply.type !== 'transcribed') throw new EngineError('ENGINE_FAILED', 'The speech engine answered out of turn.');
    const { result } = reply;
    return {
      text: result.text,
      // Single-language models know their language even without detection.
      language: result.language ?? request.language ?? (entry.languages.length === 1 ? (entry.languages[0] ?? null) : null),
      durationSeconds: request.audio.durationSeconds ?? result.durationSeconds,
      words: result.words,
      segments: result.segments,
    };
  }

  async diarize(request: DiarizationRequest, signal: AbortSignal, onProgress?: EngineProgress): Promise<DiarizationResult> {
    const entry = this.entry(request.modelId);
    if (entry.family !== 'diarization') throw new EngineError('UNSUPPORTED', `The model ${entry.id} does not label speakers.`);
    if (request.audio.format !== 'wav16k') throw new EngineError('UNSUPPORTED', 'The local engine needs audio decoded to 16 kHz WAV.');
    const files = this.options.store.files(entry.id);
    const { reply, diagnostics } = await this.pool.run(
      {
        type: 'diarize',
        segmentationModel: files.segmentation ?? '',
        embeddingModel: files.embedding ?? '',
        audioPath: request.audio.path,
        numSpeakers: request.numSpeakers,
        minSpeakers: request.minSpeakers,
        maxSpeakers: request.maxSpeakers,
        settings: this.settings,
      },
      signal,
      onProgress,
    );
    this.checkCuda(diagnostics);
    if (reply.type !== 'diarized') throw new EngineError('ENGINE_FAILED', 'The speech engine answered out of turn.');
    return { turns: reply.turns };
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private entry(modelId: string): CatalogEntry {
    const entry = this.options.store.entry(modelId);
    if (!entry) throw new EngineError('MODEL_NOT_FOUND', `The local engine has no model "${modelId}".`);
    return entry;
  }

  private installed(entry: CatalogEntry): boolean {
    return [entry.id, ...(entry.requires ?? [])].every((id) => this.options.store.isInstalled(id));
  }

  /**
   * ONNX Runtime silently falls back to the CPU when CUDA cannot be used and only says so on
   * stderr: with SPEECH_ENGINE_PROVIDER=cuda that is a failure, with auto a note in the log.
   */
  private checkCuda(diagnostics: string): void {
    if (this.settings.provider !== 'cuda' || !CUDA_FALLBACK.test(diagnostics)) return;
    if (this.options.executionProvider === 'cuda') {
      throw new EngineError('ENGINE_FAILED', 'SPEECH_ENGINE_PROVIDER=cuda, but the speech engine could not use the GPU and fell back to the CPU. Check the CUDA and cuDNN installation, or set SPEECH_ENGINE_PROVIDER=auto.');
    }
    if (!this.cudaChecked) this.options.logger.warn('local engine: CUDA is not usable on this machine; models run on the CPU');
    this.cudaChecked = true;
  }
}
