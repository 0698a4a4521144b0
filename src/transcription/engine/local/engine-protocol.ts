import type { EngineErrorCode } from '../provider.js';
import type { ModelFamily } from './catalog.js';

/** Messages between the server and its engine process (child_process IPC, structured clone). */

export interface EngineSettings {
  /** Inference threads per model (SPEECH_ENGINE_THREADS, with 0 already turned into the core count). */
  threads: number;
  provider: 'cpu' | 'cuda';
  /** Recognizers kept loaded in the process (SPEECH_ENGINE_MAX_LOADED). */
  maxLoaded: number;
}

export interface ModelSpec {
  id: string;
  family: ModelFamily;
  /** Absolute paths by role (encoder, decoder, tokens, …). */
  files: Record<string, string>;
  /** Whisper models that are not English-only detect and pin a language. */
  multilingual: boolean;
}

export interface TranscribeRequest {
  type: 'transcribe';
  id: number;
  model: ModelSpec;
  /** Silero VAD model file; without one, audio is cut into fixed windows at quiet points. */
  vadModel: string | null;
  /** A 16 kHz mono 16-bit WAV. */
  audioPath: string;
  language: string | null;
  task: 'transcribe' | 'translate';
  /** No decode gets more audio than this (Whisper reads 30 s at most). */
  maxChunkSeconds: number;
  settings: EngineSettings;
}

export interface DiarizeRequest {
  type: 'diarize';
  id: number;
  segmentationModel: string;
  embeddingModel: string;
  audioPath: string;
  numSpeakers?: number | undefined;
  minSpeakers?: number | undefined;
  maxSpeakers?: number | undefined;
  settings: EngineSettings;
}

export type HostRequest = TranscribeRequest | DiarizeRequest | { type: 'cancel'; id: number };

export interface EngineTranscription {
  text: string;
  language: string | null;
  durationSeconds: number;
  words: { word: string; start: number; end: number }[];
  segments: { start: number; end: number; text: string }[];
}

export type HostMessage =
  | { type: 'ready' }
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'transcribed'; id: number; result: EngineTranscription }
  | { type: 'diarized'; id: number; turns: { start: number; end: number; speaker: string }[] }
  | { type: 'failed'; id: number; code: EngineErrorCode; message: string };

/** Longest audio per decode, by family: Whisper's window is 30 s; Parakeet fails past ~400 s. */
export const MAX_CHUNK_SECONDS: Record<ModelFamily, number> = {
  whisper: 28,
  parakeet: 120,
  moonshine: 30,
  nemo_ctc: 60,
  diarization: 0,
  vad: 0,
};
