import { describe, expect, it } from 'vitest';
import { activeSpan, findMatches, indexAt } from './timeline';

describe('indexAt', () => {
  const starts = [0, 1, 2.5, 4];
  it.each([
    [-1, -1],
    [0, 0],
    [0.99, 0],
    [2.5, 2],
    [100, 3],
  ])('at %s s → %s', (time, index) => {
    expect(indexAt(starts, time)).toBe(index);
  });
});

describe('activeSpan', () => {
  it('is the span playing now, not one that ended long ago', () => {
    const spans = [
      { start: 0, end: 1 },
      { start: 5, end: 6 },
    ];
    const starts = spans.map((s) => s.start);
    expect(activeSpan(spans, starts, 0.5)).toBe(0);
    expect(activeSpan(spans, starts, 3)).toBe(-1);
    expect(activeSpan(spans, starts, 5.5)).toBe(1);
  });
});

describe('findMatches', () => {
  const segments = [
    { text: 'Ask not what your country can do', words: ['Ask', 'not', 'what', 'your', 'country', 'can', 'do'].map((word) => ({ word })) },
    { text: 'for your country.', words: [] },
  ];
  it('finds single terms inside words and phrases across words', () => {
    expect(findMatches(segments, 'COUNTRY')).toEqual([
      { segment: 0, from: 4, to: 4 },
      { segment: 1, from: -1, to: -1 },
    ]);
    expect(findMatches(segments, 'your country')).toEqual([
      { segment: 0, from: 3, to: 4 },
      { segment: 1, from: -1, to: -1 },
    ]);
    expect(findMatches(segments, '  ')).toEqual([]);
  });
});
