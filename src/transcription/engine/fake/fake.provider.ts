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

/** A deterministic engine for tests and benchmarks. Never registered in production wiring. */
export interface FakeEngineOptions {
  /** Time one transcription takes, spread over `steps` progress reports. */
  delayMs?: number;
  steps?: number;
  /** Include word times / segments in results (both true by default). */
  words?: boolean;
  segments?: boolean;
  /** Speakers the fake diarization alternates between. */
  speakers?: number;
  /** Makes `transcribe` (or `diarize`) fail with this message, as an engine would. */
  failWith?: string;
  failDiarizationWith?: string;
  /** Audio length to pretend when the request does not know it. */
  defaultDurationSeconds?: number;
}

export const FAKE_TRANSCRIPTION_MODEL = 'fake-whisper';
export const FAKE_DIARIZATION_MODEL = 'fake-diarization';
const SCRIPT = 'and so my fellow Americans ask not what your country can do for you ask what you can do for your country'.split(' ');
const WORD_SECONDS = 0.5;

function abortError(): EngineError {
  return new EngineError('ABORTED', 'The engine work was canceled.');
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortError());
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export class FakeEngineProvider implements EngineProvider {
  readonly id = 'fake';
  /** How many running calls saw their signal abort (tests check cancellation reached the engine). */
  abortsObserved = 0;
  transcribeCalls = 0;
  readonly requests: TranscriptionRequest[] = [];

  constructor(private readonly options: FakeEngineOptions = {}) {}

  async capabilities(): Promise<ModelCapability[]> {
    return [
      {
        id: FAKE_TRANSCRIPTION_MODEL,
        name: 'Fake Whisper (tests)',
        provider: this.id,
        installed: true,
        capabilities: ['transcription', 'word_timestamps', 'segment_timestamps', 'translate'],
        languages: ['en', 'de', 'fr'],
        sizeBytes: 1,
      },
      {
        id: FAKE_DIARIZATION_MODEL,
        name: 'Fake diarization (tests)',
        provider: this.id,
        installed: true,
        capabilities: ['diarization'],
        languages: [],
        sizeBytes: 1,
      },
    ];
  }

  async prepare(modelId: string): Promise<void> {
    if (modelId !== FAKE_TRANSCRIPTION_MODEL && modelId !== FAKE_DIARIZATION_MODEL) {
      throw new EngineError('MODEL_NOT_FOUND', `The fake engine has no model "${modelId}".`);
    }
  }

  async transcribe(request: TranscriptionRequest, signal: AbortSignal, onProgress?: EngineProgress): Promise<TranscriptionResult> {
    this.transcribeCalls++;
    this.requests.push(request);
    const steps = Math.max(1, this.options.steps ?? 4);
    const delay = this.options.delayMs ?? 0;
    try {
      for (let step = 1; step <= steps; step++) {
        if (delay > 0) await sleep(delay / steps, signal);
        else if (signal.aborted) throw abortError();
        onProgress?.(step / steps);
      }
    } catch (err) {
      this.abortsObserved++;
      throw err;
    }
    if (this.options.failWith) throw new EngineError('ENGINE_FAILED', this.options.failWith);

    const duration = request.audio.durationSeconds ?? this.options.defaultDurationSeconds ?? 11;
    const count = Math.max(0, Math.floor(duration / WORD_SECONDS));
    const words = Array.from({ length: count }, (_, i) => ({
      start: i * WORD_SECONDS,
      end: i * WORD_SECONDS + WORD_SECONDS * 0.8,
      word: SCRIPT[i % SCRIPT.length] ?? 'word',
    }));
    const segments = [];
    for (let i = 0; i < words.length; i += 8) {
      const group = words.slice(i, i + 8);
      segments.push({ start: group[0]?.start ?? 0, end: group.at(-1)?.end ?? 0, text: group.map((w) => w.word).join(' ') });
    }
    return {
      text: words.map((w) => w.word).join(' '),
      language: request.language ?? 'en',
      durationSeconds: duration,
      ...(this.options.words === false ? {} : { words }),
      ...(this.options.segments === false ? {} : { segments }),
    };
  }

  async diarize(request: DiarizationRequest, signal: AbortSignal): Promise<DiarizationResult> {
    if (signal.aborted) throw abortError();
    if (this.options.failDiarizationWith) throw new EngineError('ENGINE_FAILED', this.options.failDiarizationWith);
    const duration = request.audio.durationSeconds ?? this.options.defaultDurationSeconds ?? 11;
    const speakers = request.numSpeakers ?? this.options.speakers ?? 2;
    const turnSeconds = 4;
    const turns = [];
    for (let start = 0, i = 0; start < duration; start += turnSeconds, i++) {
      // Engine labels are arbitrary; the transcript renumbers them by first appearance.
      turns.push({ start, end: Math.min(duration, start + turnSeconds), speaker: `spk${(speakers - 1 - (i % speakers)) * 7}` });
    }
    return { turns };
  }

  async close(): Promise<void> {}
}
