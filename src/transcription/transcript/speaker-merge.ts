import type { TranscriptSegment, TranscriptSpeaker, TranscriptWord } from './transcript.types.js';

/** A stretch of audio the diarization attributes to one (engine-labelled) speaker. */
export interface SpeakerTurn {
  start: number;
  end: number;
  speaker: string;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function distance(t: { start: number; end: number }, turn: SpeakerTurn): number {
  if (t.end < turn.start) return turn.start - t.end;
  if (t.start > turn.end) return t.start - turn.end;
  return 0;
}

/** The speaker of the turn overlapping `span` most, or else of the nearest turn. */
export function speakerFor(span: { start: number; end: number }, turns: readonly SpeakerTurn[]): string | undefined {
  let best: SpeakerTurn | undefined;
  let bestOverlap = 0;
  for (const turn of turns) {
    const o = overlap(span, turn);
    if (o > bestOverlap) {
      best = turn;
      bestOverlap = o;
    }
  }
  if (best) return best.speaker;
  let nearest: SpeakerTurn | undefined;
  for (const turn of turns) {
    if (!nearest || distance(span, turn) < distance(span, nearest)) nearest = turn;
  }
  return nearest?.speaker;
}

/** The speaker covering most of a segment's words' duration (or of the segment itself when it has no words). */
function segmentSpeaker(segment: TranscriptSegment, words: readonly TranscriptWord[], turns: readonly SpeakerTurn[]): string | undefined {
  const inside = words.filter(
    (w) => w.speaker !== undefined && (overlap(w, segment) > 0 || (w.start >= segment.start && w.end <= segment.end)),
  );
  if (inside.length === 0) return speakerFor(segment, turns);
  const totals = new Map<string, number>();
  for (const word of inside) {
    const speaker = word.speaker as string;
    // A zero-length word still counts a little, so a segment of instant words gets a speaker.
    totals.set(speaker, (totals.get(speaker) ?? 0) + Math.max(word.end - word.start, 1e-3));
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Labels words and segments with speakers from diarization turns, then renumbers the
 * speakers `SPEAKER_00`, `SPEAKER_01`, … in order of first appearance in the transcript.
 */
export function mergeSpeakers(
  words: readonly TranscriptWord[],
  segments: readonly TranscriptSegment[],
  turns: readonly SpeakerTurn[],
): { words: TranscriptWord[]; segments: TranscriptSegment[]; speakers: TranscriptSpeaker[] } {
  if (turns.length === 0) return { words: [...words], segments: [...segments], speakers: [] };
  const labelledWords = words.map((w) => ({ ...w, speaker: speakerFor(w, turns) }));
  const labelledSegments = segments.map((s) => ({ ...s, speaker: segmentSpeaker(s, labelledWords, turns) }));

  // Words are the finest timing, so they decide the order; segments only add speakers no word has.
  const order = new Map<string, string>();
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  const firstSeen = [...[...labelledWords].sort(byStart), ...[...labelledSegments].sort(byStart)];
  for (const item of firstSeen) {
    if (item.speaker !== undefined && !order.has(item.speaker)) order.set(item.speaker, `SPEAKER_${String(order.size).padStart(2, '0')}`);
  }
  const rename = <T extends { speaker?: string | undefined }>(item: T): T => {
    const { speaker, ...rest } = item;
    const label = speaker === undefined ? undefined : order.get(speaker);
    return (label === undefined ? rest : { ...rest, speaker: label }) as T;
  };
  return {
    words: labelledWords.map(rename),
    segments: labelledSegments.map(rename),
    speakers: [...order.values()].map((id) => ({ id, label: id })),
  };
}
