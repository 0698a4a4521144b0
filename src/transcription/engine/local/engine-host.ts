/**
 * The engine process: the only place sherpa-onnx is loaded. The native library aborts or
 * exits its process on corrupt models and some bad configs, so it runs here, apart from the
 * server, which talks to it over IPC (engine-protocol.ts) and restarts it after a crash.
 * One request runs at a time; a cancel takes effect between decoded chunks.
 */
import sherpa, { type OfflineRecognizer, type OfflineRecognizerResult, type OfflineSpeakerDiarization } from 'sherpa-onnx-node';
import addon from 'sherpa-onnx-node/addon.js';
import { readWavChunks, readWavInfo, readWavSamples, type WavInfo } from '../../../media/wav-reader.js';
import { rms, SILENCE_RMS, splitLongChunk, type AudioChunk } from './chunking.js';
import type { DiarizeRequest, EngineSettings, EngineTranscription, HostMessage, HostRequest, ModelSpec, TranscribeRequest } from './engine-protocol.js';
import { wordsFromTokens } from './tokens-to-words.js';

const SAMPLE_RATE = 16_000;
const VAD_WINDOW = 512;
const READ_FRAMES = SAMPLE_RATE;

class HostError extends Error {
  constructor(
    readonly code: 'ENGINE_FAILED' | 'AUDIO_DECODE_FAILED' | 'ABORTED',
    message: string,
  ) {
    super(message);
  }
}

const canceled = new Set<number>();
/** Loaded recognizers and diarizers, least recently used first. */
const loaded = new Map<string, Promise<OfflineRecognizer> | OfflineSpeakerDiarization>();

function send(message: HostMessage): void {
  process.send?.(message);
}

function checkCanceled(id: number): void {
  if (canceled.has(id)) throw new HostError('ABORTED', 'The work was canceled.');
}

function remember<T extends Promise<OfflineRecognizer> | OfflineSpeakerDiarization>(key: string, create: () => T, settings: EngineSettings): T {
  const existing = loaded.get(key) as T | undefined;
  if (existing) {
    loaded.delete(key);
    loaded.set(key, existing);
    return existing;
  }
  const value = create();
  loaded.set(key, value);
  // Dropping the reference lets the native memory go at the next GC (it is invisible to V8).
  while (loaded.size > Math.max(1, settings.maxLoaded)) loaded.delete(loaded.keys().next().value as string);
  return value;
}

function recognizerConfig(model: ModelSpec, language: string | null, task: string, settings: EngineSettings): object {
  const common = { tokens: model.files.tokens, numThreads: settings.threads, provider: settings.provider, debug: 0 };
  const f = model.files;
  switch (model.family) {
    case 'whisper':
      return {
        featConfig: { sampleRate: SAMPLE_RATE, featureDim: 80 },
        modelConfig: {
          ...common,
          whisper: {
            encoder: f.encoder,
            decoder: f.decoder,
            language: model.multilingual ? (language ?? '') : '',
            task: model.multilingual ? task : 'transcribe',
            tailPaddings: model.multilingual ? 300 : 50,
            // Integer flags: booleans are ignored by the addon. Segment mode is left off for
            // English-only exports (a suspected out-of-bounds read in that combination).
            enableSegmentTimestamps: model.multilingual ? 1 : 0,
            enableTokenTimestamps: 1,
          },
        },
      };
    case 'parakeet':
      return { featConfig: { sampleRate: SAMPLE_RATE, featureDim: 80 }, decodingMethod: 'greedy_search', modelConfig: { ...common, modelType: 'nemo_transducer', transducer: { encoder: f.encoder, decoder: f.decoder, joiner: f.joiner } } };
    case 'moonshine':
      return {
        featConfig: { sampleRate: SAMPLE_RATE, featureDim: 80 },
        modelConfig: { ...common, moonshine: { preprocessor: f.preprocessor, encoder: f.encoder, uncachedDecoder: f.uncachedDecoder, cachedDecoder: f.cachedDecoder } },
      };
    case 'nemo_ctc':
      return { featConfig: { sampleRate: SAMPLE_RATE, featureDim: 80 }, modelConfig: { ...common, nemoCtc: { model: f.model } } };
    default:
      throw new HostError('ENGINE_FAILED', `The model family ${model.family} cannot transcribe.`);
  }
}

function recognizerFor(request: TranscribeRequest, language: string | null): Promise<OfflineRecognizer> {
  const { model, task, settings } = request;
  const key = `${model.id}|${model.family === 'whisper' ? `${language ?? 'auto'}|${task}` : ''}|${settings.provider}|${settings.threads}`;
  return remember(
    key,
    () =>
      sherpa.OfflineRecognizer.createAsync(recognizerConfig(model, language, task, settings)).catch(() => {
        loaded.delete(key);
        throw new HostError('ENGINE_FAILED', `The model ${model.id} could not be loaded; its files may be damaged (remove the model and install it again).`);
      }),
    settings,
  );
}

/** Speech stretches found by Silero VAD, as they are found (memory bounded by one stretch). */
async function* vadChunks(vadModel: string, request: TranscribeRequest, wav: WavInfo): AsyncGenerator<AudioChunk> {
  const vad = new sherpa.Vad(
    {
      sileroVad: { model: vadModel, threshold: 0.5, minSilenceDuration: 0.5, minSpeechDuration: 0.25, windowSize: VAD_WINDOW, maxSpeechDuration: Math.min(20, request.maxChunkSeconds) },
      sampleRate: SAMPLE_RATE,
      numThreads: 1,
      provider: 'cpu',
      debug: 0,
    },
    60,
  );
  const drain = function* (): Generator<AudioChunk> {
    while (!vad.isEmpty()) {
      const segment = vad.front(false);
      vad.pop();
      yield { start: segment.start, samples: segment.samples };
    }
  };
  for await (const block of readWavChunks(request.audioPath, READ_FRAMES, wav)) {
    // Small windows: one call counts as speech if any window in it is speech.
    for (let i = 0; i < block.length; i += VAD_WINDOW) vad.acceptWaveform(block.subarray(i, i + VAD_WINDOW));
    yield* drain();
  }
  vad.flush();
  yield* drain();
}

/** Without a VAD model: windows of at most the chunk limit, cut at quiet points. */
async function* fixedChunks(request: TranscribeRequest, wav: WavInfo): AsyncGenerator<AudioChunk> {
  const maxFrames = request.maxChunkSeconds * SAMPLE_RATE;
  let buffer = new Float32Array(0);
  let start = 0;
  for await (const block of readWavChunks(request.audioPath, READ_FRAMES, wav)) {
    const joined = new Float32Array(buffer.length + block.length);
    joined.set(buffer);
    joined.set(block, buffer.length);
    buffer = joined;
    if (buffer.length > maxFrames) {
      const [first] = splitLongChunk({ start, samples: buffer }, maxFrames, SAMPLE_RATE);
      if (first) {
        yield first;
        start += first.samples.length;
        buffer = buffer.slice(first.samples.length);
      }
    }
  }
  if (buffer.length > 0) yield { start, samples: buffer };
}

function mapResult(model: ModelSpec, result: OfflineRecognizerResult, offset: number, end: number, out: EngineTranscription): void {
  const text = result.text.trim();
  const words = wordsFromTokens(result, offset, end);
  out.words.push(...words);
  const starts = result.segment_timestamps ?? [];
  const texts = result.segment_texts ?? [];
  if (starts.length > 0 && starts.length === texts.length) {
    starts.forEach((start, i) => {
      const duration = result.segment_durations?.[i] ?? 0;
      const segmentStart = offset + start;
      // A final unterminated Whisper segment reports no duration: it runs to the chunk's end.
      const segmentEnd = duration > 0 ? Math.min(end, segmentStart + duration) : end;
      const segmentText = (texts[i] ?? '').trim();
      if (segmentText) out.segments.push({ start: round(segmentStart), end: round(Math.max(segmentStart, segmentEnd)), text: segmentText });
    });
  } else if (text && (words.length === 0 || model.family === 'moonshine')) {
    out.segments.push({ start: round(offset), end: round(end), text });
  }
  if (text) out.text += (out.text ? ' ' : '') + text;
}

function round(t: number): number {
  return Math.round(t * 1000) / 1000;
}

async function transcribe(request: TranscribeRequest): Promise<EngineTranscription> {
  let wav: WavInfo;
  try {
    wav = await readWavInfo(request.audioPath);
  } catch {
    throw new HostError('AUDIO_DECODE_FAILED', 'The decoded audio could not be read.');
  }
  if (wav.sampleRate !== SAMPLE_RATE || wav.channels !== 1) throw new HostError('AUDIO_DECODE_FAILED', 'The engine needs 16 kHz mono audio.');
  const { model } = request;
  const detecting = model.family === 'whisper' && model.multilingual && !request.language;
  let language = request.language;
  const out: EngineTranscription = { text: '', language, durationSeconds: wav.frames / SAMPLE_RATE, words: [], segments: [] };
  const chunks = request.vadModel ? vadChunks(request.vadModel, request, wav) : fixedChunks(request, wav);
  const maxFrames = request.maxChunkSeconds * SAMPLE_RATE;

  for await (const chunk of chunks) {
    checkCanceled(request.id);
    for (const piece of splitLongChunk(chunk, maxFrames, SAMPLE_RATE)) {
      if (rms(piece.samples) < SILENCE_RMS) continue;
      const recognizer = await recognizerFor(request, language);
      const stream = recognizer.createStream();
      stream.acceptWaveform({ samples: piece.samples, sampleRate: SAMPLE_RATE });
      let result: OfflineRecognizerResult;
      try {
        result = await recognizer.decodeAsync(stream);
      } catch {
        throw new HostError('ENGINE_FAILED', 'The speech engine failed to decode the audio.');
      }
      // Whisper detects the language on the first speech, then keeps it for the whole file:
      // per-chunk detection can flip between languages.
      if (detecting && !language && result.lang) {
        language = result.lang.replace(/[<|>]/g, '');
        out.language = language;
      }
      const offset = piece.start / SAMPLE_RATE;
      mapResult(model, result, offset, offset + piece.samples.length / SAMPLE_RATE, out);
      checkCanceled(request.id);
    }
    send({ type: 'progress', id: request.id, fraction: Math.min(1, (chunk.start + chunk.samples.length) / Math.max(1, wav.frames)) });
  }
  out.words.sort((a, b) => a.start - b.start);
  out.segments.sort((a, b) => a.start - b.start);
  return out;
}

async function diarize(request: DiarizeRequest): Promise<{ start: number; end: number; speaker: string }[]> {
  const { settings } = request;
  const config = (numClusters: number) => ({
    segmentation: { pyannote: { model: request.segmentationModel }, numThreads: settings.threads, provider: settings.provider, debug: 0 },
    embedding: { model: request.embeddingModel, numThreads: settings.threads, provider: settings.provider, debug: 0 },
    clustering: { numClusters, threshold: 0.5 },
    minDurationOn: 0.3,
    minDurationOff: 0.5,
  });
  const key = `diarization|${request.segmentationModel}|${request.embeddingModel}|${settings.provider}|${settings.threads}`;
  const diarizer = remember(key, () => new sherpa.OfflineSpeakerDiarization(config(-1)), settings);
  const { samples } = await readWavSamples(request.audioPath).catch(() => {
    throw new HostError('AUDIO_DECODE_FAILED', 'The decoded audio could not be read.');
  });
  const run = async (numClusters: number) => {
    diarizer.setConfig({ clustering: { numClusters, threshold: 0.5 } });
    checkCanceled(request.id);
    const processAsync = addon.offlineSpeakerDiarizationProcessAsync;
    if (!processAsync) return diarizer.process(samples);
    return processAsync(diarizer.handle, samples, (done, total) => {
      send({ type: 'progress', id: request.id, fraction: total > 0 ? done / total : 0 });
      return 0;
    });
  };
  let segments = await run(request.numSpeakers ?? -1);
  if (request.numSpeakers === undefined && (request.minSpeakers !== undefined || request.maxSpeakers !== undefined)) {
    // The threshold decided the count; if it falls outside the requested range, re-cluster to the nearest bound.
    const found = new Set(segments.map((s) => s.speaker)).size;
    const wanted = Math.min(request.maxSpeakers ?? Infinity, Math.max(request.minSpeakers ?? 0, found));
    if (wanted !== found && wanted > 0) segments = await run(wanted);
  }
  checkCanceled(request.id);
  return segments.map((s) => ({ start: round(s.start), end: round(s.end), speaker: `spk${s.speaker}` }));
}

async function handle(request: Exclude<HostRequest, { type: 'cancel' }>): Promise<void> {
  try {
    if (request.type === 'transcribe') send({ type: 'transcribed', id: request.id, result: await transcribe(request) });
    else send({ type: 'diarized', id: request.id, turns: await diarize(request) });
  } catch (err) {
    const known = err instanceof HostError;
    if (!known) process.stderr.write(`engine error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    send({
      type: 'failed',
      id: request.id,
      code: known ? err.code : 'ENGINE_FAILED',
      message: known ? err.message : 'The speech engine failed while processing this audio.',
    });
  } finally {
    canceled.delete(request.id);
  }
}

process.on('message', (message: HostRequest) => {
  if (message.type === 'cancel') canceled.add(message.id);
  else void handle(message);
});
// The server went away: nothing left to work for.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
