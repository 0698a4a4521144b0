import { describe, expect, it } from 'vitest';
import { wordErrorRate } from './wer.js';

describe('wordErrorRate', () => {
  it('is 0 for the same words, ignoring case and punctuation', () => {
    expect(wordErrorRate('And so, my fellow Americans', 'and so my fellow americans')).toBe(0);
  });

  it('counts substitutions, insertions and deletions against the reference length', () => {
    expect(wordErrorRate('ask not what your country', 'ask what your county can')).toBeCloseTo(3 / 5);
  });

  it('handles empty texts', () => {
    expect(wordErrorRate('', '')).toBe(0);
    expect(wordErrorRate('a b', '')).toBe(1);
  });
});
