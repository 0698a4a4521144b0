import { describe, expect, it } from 'vitest';
import { parseSphinxLine } from './sphinx-output.js';

describe('parseSphinxLine', () => {
  it.each([
    ['country 5.860 6.420 0.473555', { word: 'country', start: 5.86, end: 6.42 }],
    ['our(3) 0.680 0.980 0.207841', { word: 'our', start: 0.68, end: 0.98 }],
    ["don't 1.000 1.250 1.2e-05", { word: "don't", start: 1, end: 1.25 }],
  ])('reads the word line %j', (line, word) => {
    expect(parseSphinxLine(line)).toEqual(word);
  });

  it.each(['<s> 0.000 0.040 0.998900', '</s> 2.310 2.440 1.000000', '<sil> 3.740 3.980 0.828680', '[NOISE] 1.0 1.2 0.5', '++BREATH++ 1 2 0.1', 'what your country can do for you', '', 'INFO: something'])(
    'drops %j',
    (line) => {
      expect(parseSphinxLine(line)).toBeUndefined();
    },
  );
});
