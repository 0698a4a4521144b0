/** A stretch of audio to decode on its own, in samples from the start of the recording. */
export interface AudioChunk {
  start: number;
  samples: Float32Array;
}

/**
 * Splits speech that is too long for one decode (Whisper reads at most 30 s) into pieces of
 * at most `maxFrames`, cutting at the quietest 20 ms inside the last quarter of each piece so
 * words are rarely cut in half.
 */
export function splitLongChunk(chunk: AudioChunk, maxFrames: number, sampleRate: number): AudioChunk[] {
  const pieces: AudioChunk[] = [];
  let from = 0;
  const { samples } = chunk;
  while (samples.length - from > maxFrames) {
    const cut = quietestCut(samples, from + Math.floor(maxFrames * 0.75), from + maxFrames, Math.floor(sampleRate * 0.02));
    pieces.push({ start: chunk.start + from, samples: samples.subarray(from, cut) });
    from = cut;
  }
  pieces.push({ start: chunk.start + from, samples: samples.subarray(from) });
  return pieces;
}

function quietestCut(samples: Float32Array, from: number, to: number, window: number): number {
  let best = to;
  let bestEnergy = Infinity;
  for (let at = from; at + window <= to; at += window) {
    let energy = 0;
    for (let i = at; i < at + window; i++) energy += (samples[i] ?? 0) ** 2;
    if (energy < bestEnergy) {
      bestEnergy = energy;
      best = at + Math.floor(window / 2);
    }
  }
  return best;
}

/** Root-mean-square level of a piece of audio. */
export function rms(samples: Float32Array): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / samples.length);
}

/** Below this level (about -60 dBFS) a chunk is treated as silence and not decoded, so no text is invented. */
export const SILENCE_RMS = 0.001;
