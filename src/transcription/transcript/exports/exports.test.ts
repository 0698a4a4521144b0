import { describe, expect, it } from 'vitest';
import type { Transcript } from '../transcript.types.js';
import { buildCues, wrapLines } from './cues.js';
import { toJson, toSrt, toTxt, toVtt } from './formats.js';
import { formatTimestamp } from './timestamps.js';

const base: Transcript = { text: '', language: 'en', duration_seconds: 10, segments: [], words: [], speakers: [] };

function transcript(partial: Partial<Transcript>): Transcript {
  return { ...base, ...partial };
}

describe('formatTimestamp', () => {
  it.each([
    [0, '00:00:00,000'],
    [1.5, '00:00:01,500'],
    [59.9995, '00:01:00,000'],
    [59.9994, '00:00:59,999'],
    [3_600, '01:00:00,000'],
    [5_999.9999, '01:40:00,000'],
    [360_000, '100:00:00,000'],
    [-3, '00:00:00,000'],
  ])('%s s → %s', (seconds, expected) => {
    expect(formatTimestamp(seconds, ',')).toBe(expected);
    expect(formatTimestamp(seconds, '.')).toBe(expected.replace(',', '.'));
  });

  it('never prints 1000 milliseconds', () => {
    for (let t = 0; t < 5; t += 0.0001) expect(formatTimestamp(t, ',')).not.toMatch(/,1000$/);
  });
});

describe('wrapLines', () => {
  it('keeps short text on one line and balances two lines at word boundaries', () => {
    expect(wrapLines('Ask not what your country can do for you')).toEqual(['Ask not what your country can do for you']);
    const lines = wrapLines('And so, my fellow Americans, ask not what your country can do for you');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.length <= 42)).toBe(true);
    expect(lines.join(' ')).toBe('And so, my fellow Americans, ask not what your country can do for you');
  });
});

describe('buildCues', () => {
  it('splits a long segment between words at their own times', () => {
    const words = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen'.split(' ');
    const t = transcript({
      segments: [{ id: 's1', start: 0, end: 18, text: words.join(' ') }],
      words: words.map((word, i) => ({ word, start: i, end: i + 0.8 })),
    });
    const cues = buildCues(t);
    expect(cues.length).toBeGreaterThan(1);
    expect(cues[0]?.start).toBe(0);
    expect(cues.at(-1)?.end).toBe(17.8);
    for (const cue of cues) {
      expect(cue.lines.length).toBeLessThanOrEqual(2);
      expect(cue.lines.every((l) => l.length <= 42)).toBe(true);
    }
    // The split falls on a word's start time.
    expect(Number.isInteger(cues[1]?.start)).toBe(true);
  });

  it('never lets cues overlap or run backwards', () => {
    const t = transcript({
      segments: [
        { id: 'b', start: 5, end: 4, text: 'backwards' },
        { id: 'a', start: 0, end: 6, text: 'overlapping' },
        { id: 'c', start: 5.5, end: 7, text: 'next' },
      ],
    });
    const cues = buildCues(t);
    for (const [i, cue] of cues.entries()) {
      expect(cue.end).toBeGreaterThanOrEqual(cue.start);
      const next = cues[i + 1];
      if (next) expect(cue.end).toBeLessThanOrEqual(next.start);
    }
  });

  it('shares a long segment’s time by text length when there are no word times', () => {
    const text = 'word '.repeat(40).trim();
    const cues = buildCues(transcript({ segments: [{ id: 's', start: 10, end: 20, text }] }));
    expect(cues.length).toBeGreaterThan(1);
    expect(cues[0]?.start).toBe(10);
    expect(cues.at(-1)?.end).toBeCloseTo(20);
  });
});

describe('SRT', () => {
  it('is empty for an empty transcript', () => {
    expect(toSrt(base)).toBe('');
  });

  it('numbers cues, uses commas, prefixes speakers', () => {
    const srt = toSrt(
      transcript({
        segments: [
          { id: 's1', start: 0, end: 2.5, text: 'Hello there.', speaker: 'SPEAKER_00' },
          { id: 's2', start: 3_600, end: 3_601.25, text: 'An hour later.', speaker: 'SPEAKER_01' },
        ],
        speakers: [
          { id: 'SPEAKER_00', label: 'SPEAKER_00' },
          { id: 'SPEAKER_01', label: 'SPEAKER_01' },
        ],
      }),
    );
    expect(srt).toBe('1\n00:00:00,000 --> 00:00:02,500\nSPEAKER_00: Hello there.\n\n2\n01:00:00,000 --> 01:00:01,250\nSPEAKER_01: An hour later.\n');
  });

  it('gives a zero-length segment a short visible time', () => {
    expect(toSrt(transcript({ segments: [{ id: 's', start: 1, end: 1, text: 'blink' }] }))).toContain('00:00:01,000 --> 00:00:01,500');
  });
});

describe('WebVTT', () => {
  it('has the header even when empty', () => {
    expect(toVtt(base)).toBe('WEBVTT\n');
  });

  it('uses dots, voice tags and escapes markup', () => {
    const vtt = toVtt(
      transcript({
        segments: [{ id: 's1', start: 59.9995, end: 61, text: 'a <b> & c', speaker: 'SPEAKER_00' }],
        speakers: [{ id: 'SPEAKER_00', label: 'SPEAKER_00' }],
      }),
    );
    expect(vtt).toBe('WEBVTT\n\n00:01:00.000 --> 00:01:01.000\n<v SPEAKER_00>a &lt;b&gt; &amp; c\n');
  });

  it('handles 100 hours', () => {
    expect(toVtt(transcript({ segments: [{ id: 's', start: 360_000, end: 360_001, text: 'late' }] }))).toContain('100:00:00.000 --> 100:00:01.000');
  });
});

describe('TXT and JSON', () => {
  it('joins a speaker’s consecutive segments into one paragraph', () => {
    const txt = toTxt(
      transcript({
        segments: [
          { id: 'a', start: 0, end: 1, text: 'Hi.', speaker: 'SPEAKER_00' },
          { id: 'b', start: 1, end: 2, text: 'How are you?', speaker: 'SPEAKER_00' },
          { id: 'c', start: 2, end: 3, text: 'Fine.', speaker: 'SPEAKER_01' },
        ],
      }),
    );
    expect(txt).toBe('SPEAKER_00: Hi. How are you?\n\nSPEAKER_01: Fine.\n');
  });

  it('falls back to the text of old transcripts, and to nothing when empty', () => {
    expect(toTxt(transcript({ text: 'Plain old text.' }))).toBe('Plain old text.\n');
    expect(toTxt(base)).toBe('');
    expect(toSrt(transcript({ text: 'Plain old text.', duration_seconds: 4 }))).toBe('1\n00:00:00,000 --> 00:00:04,000\nPlain old text.\n');
  });

  it('exports JSON with the transcription id and without engine internals', () => {
    const json = JSON.parse(toJson('tr_1', transcript({ engine: { provider: 'local', transcription_model: 'm' } })));
    expect(json).toMatchObject({ transcription_id: 'tr_1', segments: [], words: [] });
    expect(json.engine).toBeUndefined();
  });
});
