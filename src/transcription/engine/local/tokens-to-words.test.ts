import { describe, expect, it } from 'vitest';
import { wordsFromTokens } from './tokens-to-words.js';

describe('wordsFromTokens', () => {
  it('joins subword tokens and offsets times into the recording', () => {
    const words = wordsFromTokens(
      { tokens: [' ask', ' not', ' what', ' your', ' coun', 'try', ','], timestamps: [0, 0.4, 0.8, 1.2, 1.6, 1.8, 2.0], durations: [0.3, 0.3, 0.3, 0.3, 0.2, 0.2, 0.08] },
      10,
      13,
    );
    expect(words).toEqual([
      { word: 'ask', start: 10, end: 10.3 },
      { word: 'not', start: 10.4, end: 10.7 },
      { word: 'what', start: 10.8, end: 11.1 },
      { word: 'your', start: 11.2, end: 11.5 },
      { word: 'country,', start: 11.6, end: 12.08 },
    ]);
  });

  it('treats the SentencePiece marker as a word start', () => {
    expect(wordsFromTokens({ tokens: ['▁and', '▁so', 's'], timestamps: [0, 1, 1.5] }, 0, 2).map((w) => w.word)).toEqual(['and', 'sos']);
  });

  it('ends a word at the next token without durations, and the last at the chunk end', () => {
    expect(wordsFromTokens({ tokens: [' a', ' b'], timestamps: [0.0, 0.5] }, 0, 1.2)).toEqual([
      { word: 'a', start: 0, end: 0.5 },
      { word: 'b', start: 0.5, end: 1.2 },
    ]);
  });

  it('uses the next token when a TDT duration is zero', () => {
    expect(wordsFromTokens({ tokens: [' a', ' b'], timestamps: [0, 0.08], durations: [0, 0.16] }, 0, 1)[0]).toEqual({ word: 'a', start: 0, end: 0.08 });
  });

  it('makes each CJK character a word and skips special tokens', () => {
    expect(wordsFromTokens({ tokens: ['你', '好', '<unk>'], timestamps: [0, 0.2, 0.3] }, 0, 1).map((w) => w.word)).toEqual(['你', '好']);
  });

  it('returns nothing when times are missing', () => {
    expect(wordsFromTokens({ tokens: [' a'], timestamps: [] }, 0, 1)).toEqual([]);
  });
});
