/** The index of the last item starting at or before `time` (binary search), or -1. */
export function indexAt(starts: readonly number[], time: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? Infinity) <= time) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

export interface Span {
  start: number;
  end: number;
}

/** The span playing at `time`: the last one started, if it has not ended yet (with a little slack). */
export function activeSpan(spans: readonly Span[], starts: readonly number[], time: number, slack = 0.25): number {
  const index = indexAt(starts, time);
  const span = spans[index];
  return span && time <= span.end + slack ? index : -1;
}

export function normalizeToken(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, '');
}

export interface WordMatch {
  segment: number;
  /** First and last word index (inclusive) within the segment; -1 for text matches. */
  from: number;
  to: number;
}

/**
 * Where a search query occurs: runs of consecutive words whose text contains the query's
 * terms in order (a single term may be part of a word); segments without words match on text.
 */
export function findMatches(segments: readonly { text: string; words: readonly { word: string }[] }[], query: string): WordMatch[] {
  const terms = query.split(/\s+/).map(normalizeToken).filter(Boolean);
  if (terms.length === 0) return [];
  const matches: WordMatch[] = [];
  segments.forEach((segment, s) => {
    if (segment.words.length === 0) {
      if (normalizeToken(segment.text.replace(/\s+/g, '')).includes(terms.join(''))) matches.push({ segment: s, from: -1, to: -1 });
      return;
    }
    const tokens = segment.words.map((w) => normalizeToken(w.word));
    for (let i = 0; i + terms.length <= tokens.length; i++) {
      if (terms.every((term, k) => (tokens[i + k] ?? '').includes(term))) matches.push({ segment: s, from: i, to: i + terms.length - 1 });
    }
  });
  return matches;
}
