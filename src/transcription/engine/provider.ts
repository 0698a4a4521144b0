import type { RawTranscription, SpeakerTurn } from '../transcript/index.js';

/** What a model can do (architecture §7). */
export type ModelFeature = 'transcription' | 'word_timestamps' | 'segment_timestamps' | 'translate' | 'diarization';

export interface ModelCapability {
  /** Stable public id: `whisper-base`, `pocketsphinx-en-us`, `diarization-default`, … */
  id: string;
  name: string;
  provider: string;
  /** Usable now without a download. */
  installed: boolean;
  capabilities: ModelFeature[];
  /** ISO 639-1 codes the model handles. */
  languages: string[];
  sizeBytes: number | null;
}

/** Audio ready for an engine: a local file plus what is known about it. */
export interface PreparedAudio {
  /** Local path; for providers only, never shown. */
  path: string;
  /** `wav16k`: 16 kHz mono 16-bit PCM WAV decoded by the orchestrator; `source`: the upload as is. */
  format: 'wav16k' | 'source';
  durationSeconds: number | null;
}

export interface TranscriptionRequest {
  jobId: string;
  audio: PreparedAudio;
  modelId: string;
  /** ISO 639-1 code, or null to detect. */
  language: string | null;
  task: 'transcribe' | 'translate';
}

export interface DiarizationRequest {
  jobId: string;
  audio: PreparedAudio;
  modelId: string;
  numSpeakers?: number | undefined;
  minSpeakers?: number | undefined;
  maxSpeakers?: number | undefined;
}

export type TranscriptionResult = RawTranscription;

export interface DiarizationResult {
  turns: SpeakerTurn[];
}

/** Progress inside one engine step, 0…1 (`detail` names a sub-stage such as `downloading`). */
export type EngineProgress = (fraction: number, detail?: string) => void;

/**
 * A speech engine. Library types never leave the provider's folder; every error that crosses
 * this boundary is an `EngineError` with a sanitized message.
 */
export interface EngineProvider {
  readonly id: string;
  capabilities(): Promise<ModelCapability[]>;
  /** Makes the model usable: download, verify, load. */
  prepare(modelId: string, signal: AbortSignal, onProgress?: EngineProgress): Promise<void>;
  transcribe(request: TranscriptionRequest, signal: AbortSignal, onProgress?: EngineProgress): Promise<TranscriptionResult>;
  diarize(request: DiarizationRequest, signal: AbortSignal, onProgress?: EngineProgress): Promise<DiarizationResult>;
  close(): Promise<void>;
}

export type EngineErrorCode =
  | 'MODEL_NOT_FOUND'
  | 'MODEL_NOT_INSTALLED'
  | 'MODEL_DOWNLOAD_FAILED'
  | 'UNSUPPORTED'
  | 'AUDIO_DECODE_FAILED'
  | 'ENGINE_CRASHED'
  | 'ENGINE_FAILED'
  | 'ABORTED';

/** The only error type that crosses the provider boundary; its message is safe to show users. */
export class EngineError extends Error {
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    readonly retryable = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EngineError';
  }
}
