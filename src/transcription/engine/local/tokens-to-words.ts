/** A decoded chunk's tokens as sherpa-onnx reports them (times relative to the chunk). */
export interface TokenTimes {
  tokens: string[];
  timestamps: number[];
  /** Per-token durations (TDT transducers, Whisper with attention); absent or empty otherwise. */
  durations?: number[];
}

export interface TimedWord {
  word: string;
  start: number;
  end: number;
}

// Scripts written without spaces: each character is a word of its own.
const NO_SPACES = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Builds words from tokens: a token starting with a space (SentencePiece `▁` already turned
 * into a space, Whisper byte-BPE carries it) opens a new word; others attach to the current
 * one. A word starts at its first token and ends at its last token's end (its duration when
 * known, else the next token's start, else the chunk's end). `offset` makes times global.
 */
export function wordsFromTokens(chunk: TokenTimes, offset: number, chunkEnd: number): TimedWord[] {
  const { tokens, timestamps } = chunk;
  const durations = chunk.durations && chunk.durations.length === tokens.length ? chunk.durations : undefined;
  if (timestamps.length !== tokens.length || tokens.length === 0) return [];
  const words: { text: string; first: number; last: number }[] = [];
  tokens.forEach((raw, i) => {
    const token = raw.replace(/\u2581/g, ' ');
    if (/^<.*>$/.test(token.trim())) return; // special tokens such as <unk> or <0x0A>
    const current = words.at(-1);
    const startsWord = token.startsWith(' ') || !current || NO_SPACES.test(token) || NO_SPACES.test(current.text);
    if (startsWord) words.push({ text: token.trim(), first: i, last: i });
    else {
      current.text += token;
      current.last = i;
    }
  });
  const tokenEnd = (i: number): number => {
    const duration = durations?.[i];
    if (duration !== undefined && duration > 0) return (timestamps[i] ?? 0) + duration;
    return timestamps[i + 1] ?? chunkEnd - offset;
  };
  return words
    .filter((w) => w.text !== '')
    .map((w) => {
      const start = offset + (timestamps[w.first] ?? 0);
      const end = Math.max(start, offset + tokenEnd(w.last));
      return { word: w.text, start: round(start), end: round(Math.min(end, chunkEnd)) };
    });
}

function round(t: number): number {
  return Math.round(t * 1000) / 1000;
}
