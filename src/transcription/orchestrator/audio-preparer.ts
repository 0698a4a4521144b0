import fsp from 'node:fs/promises';
import path from 'node:path';
import { decodeToWav16k, MediaError, type MediaTools } from '../../media/index.js';
import { EngineError, type PreparedAudio } from '../engine/index.js';

/** Turns a stored upload into audio an engine can read; `release` deletes any temporary file. */
export interface AudioPreparer {
  prepare(jobId: string, sourcePath: string, durationSeconds: number | null, signal: AbortSignal): Promise<PreparedAudio & { release: () => Promise<void> }>;
}

/** Decodes with ffmpeg to a 16 kHz mono WAV in a per-job scratch directory. */
export class FfmpegAudioPreparer implements AudioPreparer {
  constructor(private readonly deps: { tools: MediaTools | null; scratchDir: string }) {}

  async prepare(jobId: string, sourcePath: string, durationSeconds: number | null, signal: AbortSignal) {
    const { tools } = this.deps;
    if (!tools) throw new EngineError('AUDIO_DECODE_FAILED', 'ffmpeg is not installed on the server, so the audio cannot be decoded.');
    const dir = path.join(this.deps.scratchDir, jobId);
    const release = () => fsp.rm(dir, { recursive: true, force: true });
    await fsp.mkdir(dir, { recursive: true });
    const output = path.join(dir, 'audio-16k.wav');
    try {
      await decodeToWav16k(tools, sourcePath, output, { signal, durationSeconds });
    } catch (err) {
      await release();
      if (err instanceof MediaError && err.kind === 'aborted') throw new EngineError('ABORTED', 'Decoding was canceled.', false, { cause: err });
      const message = err instanceof MediaError && err.kind === 'not_media' ? 'The file is not a decodable audio or video file.' : err instanceof MediaError ? err.message : 'The audio could not be decoded.';
      throw new EngineError('AUDIO_DECODE_FAILED', message, false, { cause: err });
    }
    return { path: output, format: 'wav16k' as const, durationSeconds, release };
  }
}

/** Hands the upload to the engine as it is: for engines that decode themselves, and for the fake engine in benchmarks. */
export const passThroughAudio: AudioPreparer = {
  prepare: async (_jobId, sourcePath, durationSeconds) => ({ path: sourcePath, format: 'source', durationSeconds, release: async () => {} }),
};
