import type { TranscriptSegment, TranscriptWord } from './transcript.types.js';

/** A silence at least this long between two words starts a new segment. */
const PAUSE_SECONDS = 0.8;
/** A sentence end starts a new segment once the current one is at least this long… */
const MIN_SENTENCE_SECONDS = 1.5;
/** …and no segment grows past this, even without a pause, so captions stay readable. */
const MAX_SEGMENT_SECONDS = 20;
const SENTENCE_END = /[.!?…。！？]["'»”)]*$/;

export function segmentId(index: number): string {
  return `seg_${String(index + 1).padStart(6, '0')}`;
}

/** Joins words into text, without a space before punctuation tokens. */
export function joinWords(words: readonly { word: string }[]): string {
  return words
    .map((w) => w.word.trim())
    .filter(Boolean)
    .reduce((text, word) => (text && !/^[,.!?;:%)\]}»”'’]/.test(word) ? `${text} ${word}` : text + word), '');
}

/**
 * Builds segments from word times alone, for engines that give words but no segments:
 * a segment ends at a long pause, at a sentence end, or when it gets too long. Times are
 * the words' own; nothing is invented.
 */
export function segmentsFromWords(words: readonly TranscriptWord[]): TranscriptSegment[] {
  const groups: TranscriptWord[][] = [];
  let current: TranscriptWord[] = [];
  for (const [i, word] of words.entries()) {
    current.push(word);
    const next = words[i + 1];
    const first = current[0] ?? word;
    const length = word.end - first.start;
    const pause = next ? next.start - word.end : Infinity;
    const sentenceEnd = SENTENCE_END.test(word.word) && length >= MIN_SENTENCE_SECONDS;
    const tooLong = next ? next.end - first.start > MAX_SEGMENT_SECONDS : false;
    const speakerChange = next !== undefined && next.speaker !== word.speaker;
    if (!next || pause >= PAUSE_SECONDS || sentenceEnd || tooLong || speakerChange) {
      groups.push(current);
      current = [];
    }
  }
  return groups.map((group, index) => {
    const segment: TranscriptSegment = {
      id: segmentId(index),
      start: group[0]?.start ?? 0,
      end: group.at(-1)?.end ?? 0,
      text: joinWords(group),
    };
    const speaker = group[0]?.speaker;
    if (speaker !== undefined) segment.speaker = speaker;
    return segment;
  });
}
