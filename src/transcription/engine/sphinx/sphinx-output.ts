/** One word of PocketSphinx's `-time yes` output. */
export interface SphinxWord {
  word: string;
  start: number;
  end: number;
}

// `<word> <start> <end> <posterior>`, e.g. `country 5.860 6.420 0.473555`.
const WORD_LINE = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/;
// Sentence markers, silence and fillers such as [NOISE] or ++BREATH++ are not words.
const NOT_A_WORD = /^(<s>|<\/s>|<sil>|\[.*\]|\+\+.*\+\+)$/i;
// Pronunciation variants are numbered: `our(3)`, `can(2)`.
const VARIANT_SUFFIX = /\(\d+\)$/;

/**
 * Parses one line of `pocketsphinx_continuous -time yes` output: a word line becomes a word
 * (without its variant suffix), anything else (utterance text, markers, noise) is dropped.
 */
export function parseSphinxLine(line: string): SphinxWord | undefined {
  const match = WORD_LINE.exec(line.trim());
  if (!match) return undefined;
  const [, token = '', start, end] = match;
  if (NOT_A_WORD.test(token)) return undefined;
  const word = token.replace(VARIANT_SUFFIX, '');
  return word ? { word, start: Number(start), end: Number(end) } : undefined;
}
