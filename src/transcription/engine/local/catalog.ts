import type { ModelFeature } from '../provider.js';

/**
 * The models the local (sherpa-onnx) engine can run, and where their files come from
 * (engine note §5). Ids are stable public strings; sizes are approximate download sizes.
 */

export type ModelFamily = 'whisper' | 'parakeet' | 'moonshine' | 'nemo_ctc' | 'diarization' | 'vad';

/** One download: a `.tar.bz2` whose top directory is stripped, or a single file. */
export interface ModelSource {
  /** Release tag under SPEECH_ENGINE_MODEL_BASE_URL (`asr-models`, …). */
  tag: string;
  file: string;
  kind: 'tar.bz2' | 'file';
}

export interface CatalogEntry {
  id: string;
  name: string;
  family: ModelFamily;
  languages: string[];
  capabilities: ModelFeature[];
  /** Approximate download size in bytes. */
  sizeBytes: number;
  sources: ModelSource[];
  /** Roles → file names inside the installed model directory. */
  files: Record<string, string>;
  /** Models this one needs at run time (Silero VAD for long audio). */
  requires?: string[];
  /** Hidden helper models (VAD) are installed with what needs them but not listed. */
  listed?: boolean;
}

const MB = 1_000_000;

export const WHISPER_LANGUAGES = (
  'en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th ur hr bg lt la mi ml cy sk te fa lv bn sr az sl kn ' +
  'et mk br eu is hy ne mn bs kk sq sw gl mr pa si km sn yo so af oc ka be tg sd gu am yi lo uz fo ht ps tk nn mt sa lb my bo tl mg as tt haw ln ha ba jw su'
).split(' ');

export const PARAKEET_V3_LANGUAGES = 'bg hr cs da nl en et fi fr de el hu it lv lt mt pl pt ro sk sl es sv ru uk'.split(' ');

export const VAD_MODEL_ID = 'silero-vad';

function whisper(name: string, label: string, sizeMb: number, options: { english?: boolean; translate?: boolean } = {}): CatalogEntry {
  const capabilities: ModelFeature[] = ['transcription', 'segment_timestamps'];
  if (!options.english && options.translate !== false) capabilities.push('translate');
  return {
    id: `whisper-${name}`,
    name: `Whisper ${label}${options.english ? ' (English)' : ''}`,
    family: 'whisper',
    languages: options.english ? ['en'] : WHISPER_LANGUAGES,
    capabilities,
    sizeBytes: sizeMb * MB,
    sources: [{ tag: 'asr-models', file: `sherpa-onnx-whisper-${name}.tar.bz2`, kind: 'tar.bz2' }],
    files: { encoder: `${name}-encoder.int8.onnx`, decoder: `${name}-decoder.int8.onnx`, tokens: `${name}-tokens.txt` },
    requires: [VAD_MODEL_ID],
  };
}

function parakeet(version: 'v2' | 'v3', languages: string[], sizeMb: number): CatalogEntry {
  return {
    id: `parakeet-tdt-0.6b-${version}`,
    name: `NVIDIA Parakeet TDT 0.6B ${version}${version === 'v2' ? ' (English)' : ' (25 European languages)'}`,
    family: 'parakeet',
    languages,
    capabilities: ['transcription', 'word_timestamps', 'segment_timestamps'],
    sizeBytes: sizeMb * MB,
    sources: [{ tag: 'asr-models', file: `sherpa-onnx-nemo-parakeet-tdt-0.6b-${version}-int8.tar.bz2`, kind: 'tar.bz2' }],
    files: { encoder: 'encoder.int8.onnx', decoder: 'decoder.int8.onnx', joiner: 'joiner.int8.onnx', tokens: 'tokens.txt' },
    requires: [VAD_MODEL_ID],
  };
}

function moonshine(size: 'tiny' | 'base', sizeMb: number): CatalogEntry {
  return {
    id: `moonshine-${size}`,
    name: `Moonshine ${size} (English)`,
    family: 'moonshine',
    languages: ['en'],
    // No per-token times: segments are the speech chunks the VAD found.
    capabilities: ['transcription', 'segment_timestamps'],
    sizeBytes: sizeMb * MB,
    sources: [{ tag: 'asr-models', file: `sherpa-onnx-moonshine-${size}-en-int8.tar.bz2`, kind: 'tar.bz2' }],
    files: {
      preprocessor: 'preprocess.onnx',
      encoder: 'encode.int8.onnx',
      uncachedDecoder: 'uncached_decode.int8.onnx',
      cachedDecoder: 'cached_decode.int8.onnx',
      tokens: 'tokens.txt',
    },
    requires: [VAD_MODEL_ID],
  };
}

export const CATALOG: readonly CatalogEntry[] = [
  whisper('tiny', 'tiny', 116),
  whisper('tiny.en', 'tiny', 116, { english: true }),
  whisper('base', 'base', 208),
  whisper('base.en', 'base', 208, { english: true }),
  whisper('small', 'small', 639),
  whisper('small.en', 'small', 639, { english: true }),
  whisper('medium', 'medium', 1_931),
  whisper('medium.en', 'medium', 1_931, { english: true }),
  // OpenAI did not train turbo for translation.
  whisper('turbo', 'large-v3 turbo', 564, { translate: false }),
  parakeet('v2', ['en'], 480),
  parakeet('v3', PARAKEET_V3_LANGUAGES, 487),
  moonshine('tiny', 30),
  moonshine('base', 111),
  {
    id: 'diarization-default',
    name: 'Speaker diarization (pyannote segmentation 3.0 + CAM++ VoxCeleb embeddings)',
    family: 'diarization',
    languages: [],
    capabilities: ['diarization'],
    sizeBytes: 37 * MB,
    sources: [
      { tag: 'speaker-segmentation-models', file: 'sherpa-onnx-pyannote-segmentation-3-0.tar.bz2', kind: 'tar.bz2' },
      { tag: 'speaker-recongition-models', file: '3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx', kind: 'file' },
    ],
    files: { segmentation: 'model.onnx', embedding: '3dspeaker_speech_campplus_sv_en_voxceleb_16k.onnx' },
  },
  {
    id: VAD_MODEL_ID,
    name: 'Silero VAD',
    family: 'vad',
    languages: [],
    capabilities: [],
    sizeBytes: 1 * MB,
    sources: [{ tag: 'asr-models', file: 'silero_vad.onnx', kind: 'file' }],
    files: { model: 'silero_vad.onnx' },
    listed: false,
  },
];
