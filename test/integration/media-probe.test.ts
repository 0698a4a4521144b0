import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledMediaTools, decodeToWav16k, MediaError, probeMedia, readWavInfo, systemMediaTools, type MediaTools } from '../../src/media/index.js';
import { fixture } from '../helpers/test-app.js';

// The same expectations hold for Debian's ffmpeg and for the static binaries npm installs,
// since the server falls back from one to the other.
const sources: [string, () => Promise<MediaTools | undefined>][] = [
  ['system', systemMediaTools],
  ['bundled', bundledMediaTools],
];

describe.each(sources)('probing with the %s media tools', (_source, locate) => {
  async function toolsOrSkip(skip: (note: string) => void): Promise<MediaTools> {
    const tools = await locate();
    if (!tools) skip(`${_source} ffmpeg/ffprobe not installed`);
    return tools as MediaTools;
  }

  it.for([
    ['jfk.wav', 'audio', 'audio/wav', 11.0],
    ['jfk.webm', 'audio', 'audio/webm', 11.0],
    ['jfk.opus', 'audio', 'audio/ogg', 11.0],
    ['jfk.m4a', 'audio', 'audio/mp4', 11.0],
    ['jfk-video.mp4', 'video', 'video/mp4', 15.9],
  ] as const)('identifies %s', async ([name, kind, mimeType, duration], context) => {
    const tools = await toolsOrSkip(context.skip);
    const info = await probeMedia(tools, fixture(name));
    expect(info).toMatchObject({ kind, mimeType });
    expect(info.durationSeconds).toBeCloseTo(duration, 1);
  });

  it.for(['not-audio.mp3', 'zero-bytes.wav'])('reports %s as not media', async (name, context) => {
    const tools = await toolsOrSkip(context.skip);
    await expect(probeMedia(tools, fixture(name))).rejects.toSatisfy((err) => err instanceof MediaError && err.kind === 'not_media');
  });

  it('stops when aborted', async (context) => {
    const tools = await toolsOrSkip(context.skip);
    await expect(probeMedia(tools, fixture('jfk.wav'), AbortSignal.abort())).rejects.toSatisfy(
      (err) => err instanceof MediaError && err.kind === 'aborted',
    );
  });
});

describe('decoding to 16 kHz WAV', () => {
  it('works for long recordings whose duration has a fraction (the timeout scales with it)', async (context) => {
    const tools = await systemMediaTools() ?? await bundledMediaTools();
    if (!tools) context.skip('no ffmpeg');
    const out = path.join(os.tmpdir(), `scriberr-decode-${process.pid}.wav`);
    try {
      await decodeToWav16k(tools as MediaTools, fixture('jfk.mp3'), out, { durationSeconds: 3_606.664 });
      const info = await readWavInfo(out);
      expect(info).toMatchObject({ sampleRate: 16_000, channels: 1 });
      expect(info.frames / 16_000).toBeCloseTo(11.1, 0);
    } finally {
      fs.rmSync(out, { force: true });
    }
  });
});

describe('a missing tool binary', () => {
  it('is reported as unavailable, not as a crash', async () => {
    const tools: MediaTools = { ffmpegPath: '/nonexistent/ffmpeg', ffprobePath: '/nonexistent/ffprobe', source: 'system', version: 'x' };
    await expect(probeMedia(tools, fixture('jfk.wav'))).rejects.toSatisfy((err) => err instanceof MediaError && err.kind === 'unavailable');
  });
});
