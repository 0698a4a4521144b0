import { describe, expect, it } from 'vitest';
import { bytes, clock, duration } from './format';

describe('formatting', () => {
  it.each([
    [0, '0:00'],
    [59.9, '0:59'],
    [61, '1:01'],
    [3_600, '1:00:00'],
    [360_000, '100:00:00'],
    [NaN, '0:00'],
  ])('clock(%s) = %s', (seconds, text) => {
    expect(clock(seconds)).toBe(text);
  });

  it('describes durations and sizes', () => {
    expect(duration(null)).toBe('—');
    expect(duration(4.2)).toBe('4.2 s');
    expect(duration(185)).toBe('3 min 5 s');
    expect(duration(3_720)).toBe('1 h 2 min');
    expect(bytes(208_000_000)).toBe('208 MB');
    expect(bytes(1_931_000_000)).toBe('1.9 GB');
  });
});
