import { joinWords, segmentId, segmentsFromWords } from './segments-from-words.js';
import { mergeSpeakers, type SpeakerTurn } from './speaker-merge.js';
import type { Transcript, TranscriptSegment, TranscriptWord } from './transcript.types.js';

/** What an engine returned, before it becomes a canonical transcript. */
export interface RawTranscription {
  text: string;
  language: string | null;
  durationSeconds: number | null;
  segments?: { start: number; end: number; text: string }[] | undefined;
  words?: { start: number; end: number; word: string }[] | undefined;
}

function validSpan(item: { start: number; end: number }): boolean {
  return Number.isFinite(item.start) && Number.isFinite(item.end) && item.start >= 0 && item.end >= item.start;
}

const round = (t: number) => Math.round(t * 1000) / 1000;

/**
 * Canonical transcript from an engine result and optional diarization turns: words and
 * segments always arrays, segments built from words when the engine gave none, speakers
 * merged by overlap and renumbered, and no `speaker` fields at all without diarization.
 */
export function buildTranscript(
  raw: RawTranscription,
  turns: readonly SpeakerTurn[] | undefined,
  engine: Transcript['engine'],
): Transcript {
  const words: TranscriptWord[] = (raw.words ?? [])
    .filter((w) => validSpan(w) && w.word.trim() !== '')
    .map((w) => ({ start: round(w.start), end: round(w.end), word: w.word.trim() }))
    .sort((a, b) => a.start - b.start);
  const engineSegments: TranscriptSegment[] = (raw.segments ?? [])
    .filter((s) => validSpan(s) && s.text.trim() !== '')
    .sort((a, b) => a.start - b.start)
    .map((s, i) => ({ id: segmentId(i), start: round(s.start), end: round(s.end), text: s.text.trim() }));
  const segments = engineSegments.length > 0 ? engineSegments : segmentsFromWords(words);

  const merged = turns && turns.length > 0 ? mergeSpeakers(words, segments, turns) : { words, segments, speakers: [] };
  const text = raw.text.trim() || segments.map((s) => s.text).join(' ') || joinWords(words);
  return {
    text,
    language: raw.language,
    duration_seconds: raw.durationSeconds,
    segments: merged.segments,
    words: merged.words,
    speakers: merged.speakers,
    ...(engine ? { engine } : {}),
  };
}
