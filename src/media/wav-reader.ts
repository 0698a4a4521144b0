import fsp from 'node:fs/promises';

/** A 16-bit PCM WAV file's layout: where its samples are and how many there are. */
export interface WavInfo {
  sampleRate: number;
  channels: number;
  dataOffset: number;
  /** Samples per channel actually present (a truncated file holds fewer than its header says). */
  frames: number;
}

const HEADER_SCAN_BYTES = 64 * 1024;

/** Reads the RIFF header of a 16-bit PCM WAV (what `decodeToWav16k` writes). */
export async function readWavInfo(path: string): Promise<WavInfo> {
  const file = await fsp.open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(HEADER_SCAN_BYTES, size));
    await file.read(head, 0, head.length, 0);
    if (head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') throw new Error('not a WAV file');
    let offset = 12;
    let format: { channels: number; sampleRate: number; bits: number } | undefined;
    while (offset + 8 <= head.length) {
      const id = head.toString('ascii', offset, offset + 4);
      const length = head.readUInt32LE(offset + 4);
      if (id === 'fmt ') {
        format = { channels: head.readUInt16LE(offset + 10), sampleRate: head.readUInt32LE(offset + 12), bits: head.readUInt16LE(offset + 22) };
      } else if (id === 'data') {
        if (!format || format.bits !== 16) throw new Error('only 16-bit PCM WAV is supported');
        const dataOffset = offset + 8;
        // ffmpeg writes 0xFFFFFFFF or a stale size when streaming: trust the file's real size.
        const available = Math.min(length === 0xffffffff || length === 0 ? Infinity : length, size - dataOffset);
        return { sampleRate: format.sampleRate, channels: format.channels, dataOffset, frames: Math.floor(available / (2 * format.channels)) };
      }
      offset += 8 + length + (length % 2);
    }
    throw new Error('WAV file has no data chunk');
  } finally {
    await file.close();
  }
}

/**
 * Yields the samples of a mono 16-bit WAV as Float32 in [-1, 1], `chunkFrames` at a time,
 * so memory stays the same whatever the recording's length.
 */
export async function* readWavChunks(path: string, chunkFrames: number, info?: WavInfo): AsyncGenerator<Float32Array> {
  const wav = info ?? (await readWavInfo(path));
  if (wav.channels !== 1) throw new Error('expected mono audio');
  const file = await fsp.open(path, 'r');
  try {
    const buffer = Buffer.alloc(chunkFrames * 2);
    for (let frame = 0; frame < wav.frames; frame += chunkFrames) {
      const frames = Math.min(chunkFrames, wav.frames - frame);
      const { bytesRead } = await file.read(buffer, 0, frames * 2, wav.dataOffset + frame * 2);
      const count = Math.floor(bytesRead / 2);
      const samples = new Float32Array(count);
      for (let i = 0; i < count; i++) samples[i] = buffer.readInt16LE(i * 2) / 32768;
      yield samples;
      if (count < frames) return;
    }
  } finally {
    await file.close();
  }
}

/** All samples at once, for the few steps that need the whole recording (speaker diarization). */
export async function readWavSamples(path: string): Promise<{ samples: Float32Array; sampleRate: number }> {
  const info = await readWavInfo(path);
  const samples = new Float32Array(info.frames);
  let at = 0;
  for await (const chunk of readWavChunks(path, 16_000 * 30, info)) {
    samples.set(chunk, at);
    at += chunk.length;
  }
  return { samples: samples.subarray(0, at), sampleRate: info.sampleRate };
}
