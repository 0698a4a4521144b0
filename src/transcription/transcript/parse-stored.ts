import type { Transcript, TranscriptSegment, TranscriptSpeaker, TranscriptWord } from './transcript.types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf<T>(value: unknown, valid: (item: Record<string, unknown>) => boolean): T[] {
  return Array.isArray(value) ? (value.filter((item) => isRecord(item) && valid(item)) as T[]) : [];
}

const hasTimes = (item: Record<string, unknown>) => typeof item.start === 'number' && typeof item.end === 'number';

/**
 * Reads a transcript as stored in a row, including older shapes: plain text becomes
 * `{text, segments: [], words: []}`, JSON without words gets `words: []`, and missing
 * speaker lists are rebuilt from the labels in use.
 */
export function parseStoredTranscript(stored: string): Transcript {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    parsed = stored;
  }
  if (typeof parsed === 'string') return { text: parsed, language: null, duration_seconds: null, segments: [], words: [], speakers: [] };
  if (!isRecord(parsed)) return { text: typeof parsed === 'number' ? String(parsed) : '', language: null, duration_seconds: null, segments: [], words: [], speakers: [] };

  const segments = arrayOf<TranscriptSegment>(parsed.segments, (s) => hasTimes(s) && typeof s.text === 'string').map((s, i) => ({
    ...s,
    id: typeof s.id === 'string' ? s.id : `seg_${String(i + 1).padStart(6, '0')}`,
  }));
  const words = arrayOf<TranscriptWord>(parsed.words, (w) => hasTimes(w) && typeof w.word === 'string');
  let speakers = arrayOf<TranscriptSpeaker>(parsed.speakers, (s) => typeof s.id === 'string');
  if (speakers.length === 0) {
    const ids = [...new Set([...segments, ...words].map((item) => item.speaker).filter((s): s is string => typeof s === 'string'))];
    speakers = ids.map((id) => ({ id, label: id }));
  }
  const text = typeof parsed.text === 'string' ? parsed.text : segments.map((s) => s.text).join(' ');
  return {
    text,
    language: typeof parsed.language === 'string' ? parsed.language : null,
    duration_seconds: typeof parsed.duration_seconds === 'number' ? parsed.duration_seconds : null,
    segments,
    words,
    speakers,
    ...(isRecord(parsed.engine) ? { engine: parsed.engine as Transcript['engine'] } : {}),
  };
}
