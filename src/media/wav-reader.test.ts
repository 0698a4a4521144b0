import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { wavHeader } from '../../test/helpers/wav.js';
import { readWavChunks, readWavInfo, readWavSamples } from './wav-reader.js';

function wav(samples: number[], declaredBytes?: number): string {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(s, i * 2));
  const header = wavHeader(data.length);
  if (declaredBytes !== undefined) header.writeUInt32LE(declaredBytes, 40);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wav-')), 'a.wav');
  fs.writeFileSync(file, Buffer.concat([header, data]));
  return file;
}

describe('WAV reading', () => {
  it('reads samples as floats in chunks', async () => {
    const file = wav([0, 16384, -32768, 32767, 1]);
    const chunks: number[][] = [];
    for await (const chunk of readWavChunks(file, 2)) chunks.push([...chunk]);
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 1]);
    expect(chunks.flat()).toEqual([0, 0.5, -1, 32767 / 32768, 1 / 32768]);
  });

  it('trusts the real file size over a header that promises more', async () => {
    const file = wav([1, 2, 3], 1_000_000);
    expect((await readWavInfo(file)).frames).toBe(3);
    expect((await readWavSamples(file)).samples).toHaveLength(3);
  });

  it('rejects what is not a WAV', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wav-')), 'x.wav');
    fs.writeFileSync(file, 'hello, this is text');
    await expect(readWavInfo(file)).rejects.toThrow(/not a WAV/);
  });

  it('reads the fixture jfk.wav: 11 s at 16 kHz', async () => {
    const info = await readWavInfo(path.resolve(import.meta.dirname, '../../test/fixtures/audio/jfk.wav'));
    expect(info).toMatchObject({ sampleRate: 16_000, channels: 1, frames: 176_000 });
  });
});
