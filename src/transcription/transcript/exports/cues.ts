import type { Transcript, TranscriptWord } from '../transcript.types.js';

/** One subtitle: at most two lines of about 42 characters. */
export interface Cue {
  start: number;
  end: number;
  lines: string[];
  speaker?: string;
}

export const LINE_LENGTH = 42;
const MAX_LINES = 2;
const CUE_LENGTH = LINE_LENGTH * MAX_LINES;
/** A cue that would last no time at all is shown at least this long (when the next cue allows). */
const MIN_CUE_SECONDS = 0.5;

/** Breaks text into lines of at most `LINE_LENGTH` at spaces, balancing two lines. */
export function wrapLines(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= LINE_LENGTH) return clean ? [clean] : [];
  const words = clean.split(' ');
  // Break where the two lines come out most even.
  let best = 1;
  let bestScore = Infinity;
  for (let i = 1; i < words.length; i++) {
    const first = words.slice(0, i).join(' ').length;
    const second = words.slice(i).join(' ').length;
    const score = Math.max(first, second);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

/** Splits text into pieces of at most `CUE_LENGTH` characters at spaces. */
function splitText(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length > CUE_LENGTH && current) {
      pieces.push(current);
      current = word;
    } else current = next;
  }
  if (current) pieces.push(current);
  return pieces;
}

function joinWords(words: TranscriptWord[]): string {
  return words.map((w) => w.word).join(' ').replace(/\s+([,.!?;:])/g, '$1');
}

/**
 * Subtitle cues from a transcript: each segment becomes one cue, or several when its text is
 * longer than two lines. With word times the split falls between words at their real times;
 * without them a segment's time is shared out by text length (an approximation, as subtitles
 * need it). Cues are in order and never overlap.
 */
export function buildCues(transcript: Transcript): Cue[] {
  const cues: Cue[] = [];
  const speakerLabel = new Map(transcript.speakers.map((s) => [s.id, s.label]));
  const label = (id: string | undefined) => (id === undefined ? undefined : (speakerLabel.get(id) ?? id));
  const push = (start: number, end: number, text: string, speaker: string | undefined) => {
    const lines = wrapLines(text);
    if (lines.length === 0) return;
    const cue: Cue = { start, end, lines };
    if (speaker !== undefined) cue.speaker = speaker;
    cues.push(cue);
  };

  const timedWords = transcript.words.filter((w) => Number.isFinite(w.start) && Number.isFinite(w.end));
  for (const segment of [...transcript.segments].sort((a, b) => a.start - b.start)) {
    const speaker = label(segment.speaker);
    if (segment.text.length <= CUE_LENGTH) {
      push(segment.start, segment.end, segment.text, speaker);
      continue;
    }
    const words = timedWords.filter((w) => w.start >= segment.start - 0.01 && w.end <= segment.end + 0.01);
    if (words.length > 0) {
      let group: TranscriptWord[] = [];
      for (const word of words) {
        if (group.length > 0 && joinWords([...group, word]).length > CUE_LENGTH) {
          push(group[0]?.start ?? segment.start, group.at(-1)?.end ?? segment.end, joinWords(group), speaker);
          group = [];
        }
        group.push(word);
      }
      if (group.length > 0) push(group[0]?.start ?? segment.start, group.at(-1)?.end ?? segment.end, joinWords(group), speaker);
      continue;
    }
    const pieces = splitText(segment.text);
    const total = pieces.reduce((n, p) => n + p.length, 0);
    let at = segment.start;
    for (const piece of pieces) {
      const end = at + ((segment.end - segment.start) * piece.length) / total;
      push(at, end, piece, speaker);
      at = end;
    }
  }
  // A transcript with text but no segments (old rows): one cue per two lines, without times we do not have.
  if (cues.length === 0 && transcript.segments.length === 0 && transcript.text.trim()) {
    const duration = transcript.duration_seconds ?? 0;
    const pieces = splitText(transcript.text);
    const total = pieces.reduce((n, p) => n + p.length, 0);
    let at = 0;
    for (const piece of pieces) {
      const end = duration > 0 ? at + (duration * piece.length) / total : at;
      push(at, end, piece, undefined);
      at = end;
    }
  }
  return settle(cues);
}

/** Orders cues and removes overlaps and backwards times. */
function settle(cues: Cue[]): Cue[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  sorted.forEach((cue, i) => {
    const previous = sorted[i - 1];
    if (previous && cue.start < previous.end) previous.end = Math.max(previous.start, cue.start);
    const next = sorted[i + 1];
    if (cue.end <= cue.start) cue.end = next ? Math.min(cue.start + MIN_CUE_SECONDS, Math.max(cue.start, next.start)) : cue.start + MIN_CUE_SECONDS;
  });
  return sorted;
}
