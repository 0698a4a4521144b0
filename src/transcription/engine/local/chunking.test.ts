import { describe, expect, it } from 'vitest';
import { rms, splitLongChunk } from './chunking.js';

describe('splitLongChunk', () => {
  it('keeps short chunks whole', () => {
    const chunk = { start: 100, samples: new Float32Array(500) };
    expect(splitLongChunk(chunk, 1_000, 16_000)).toEqual([chunk]);
  });

  it('cuts long chunks below the limit, at a quiet spot, with global offsets', () => {
    const rate = 1_000;
    const samples = new Float32Array(2_500).fill(0.5);
    samples.fill(0, 870, 890); // a pause inside the last quarter of the first piece
    const pieces = splitLongChunk({ start: 10_000, samples }, 1_000, rate);
    expect(pieces.every((p) => p.samples.length <= 1_000)).toBe(true);
    expect(pieces.reduce((n, p) => n + p.samples.length, 0)).toBe(2_500);
    expect(pieces[0]?.start).toBe(10_000);
    expect(pieces[0]?.samples.length).toBe(880);
    expect(pieces[1]?.start).toBe(10_880);
  });

  it('measures loudness', () => {
    expect(rms(new Float32Array(10))).toBe(0);
    expect(rms(new Float32Array([0.5, -0.5]))).toBeCloseTo(0.5);
  });
});
