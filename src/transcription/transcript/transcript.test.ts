import { describe, expect, it } from 'vitest';
import { buildTranscript } from './build-transcript.js';
import { parseStoredTranscript } from './parse-stored.js';
import { segmentsFromWords } from './segments-from-words.js';
import { mergeSpeakers } from './speaker-merge.js';

const w = (start: number, end: number, word: string) => ({ start, end, word });

describe('segmentsFromWords', () => {
  it('splits on long pauses and sentence ends, keeping the words own times', () => {
    const words = [w(0, 0.4, 'Hello'), w(0.5, 1.0, 'there.'), w(1.1, 1.8, 'How'), w(1.9, 2.3, 'are'), w(3.5, 3.9, 'you?')];
    // "there." ends a sentence only 1 s in: too short to stand alone; the 1.2 s pause splits.
    expect(segmentsFromWords(words)).toEqual([
      { id: 'seg_000001', start: 0, end: 2.3, text: 'Hello there. How are' },
      { id: 'seg_000002', start: 3.5, end: 3.9, text: 'you?' },
    ]);
  });

  it('ends a segment at a sentence end once it is long enough', () => {
    const words = [w(0, 1, 'One'), w(1, 2, 'two.'), w(2, 3, 'Three')];
    expect(segmentsFromWords(words).map((s) => s.text)).toEqual(['One two.', 'Three']);
  });

  it('caps segment length without pauses', () => {
    const words = Array.from({ length: 60 }, (_, i) => w(i, i + 1, `w${i}`));
    const segments = segmentsFromWords(words);
    expect(segments.length).toBeGreaterThan(2);
    for (const s of segments) expect(s.end - s.start).toBeLessThanOrEqual(20);
  });

  it('attaches punctuation tokens without a space', () => {
    expect(segmentsFromWords([w(0, 1, 'Hi'), w(1, 1, ','), w(1, 2, 'you')])[0]?.text).toBe('Hi, you');
  });

  it('returns nothing for no words', () => {
    expect(segmentsFromWords([])).toEqual([]);
  });
});

describe('mergeSpeakers', () => {
  const turns = [
    { start: 0, end: 2, speaker: 'spk7' },
    { start: 2, end: 4, speaker: 'spk3' },
    { start: 6, end: 8, speaker: 'spk7' },
  ];

  it('gives each word the speaker it overlaps most and renumbers in order of appearance', () => {
    const words = [w(0.1, 0.5, 'a'), w(1.8, 2.6, 'b'), w(3, 3.5, 'c'), w(6.5, 7, 'd')];
    const segments = [
      { id: 's1', start: 0, end: 3.5, text: 'a b c' },
      { id: 's2', start: 6.5, end: 7, text: 'd' },
    ];
    const merged = mergeSpeakers(words, segments, turns);
    expect(merged.words.map((x) => x.speaker)).toEqual(['SPEAKER_00', 'SPEAKER_01', 'SPEAKER_01', 'SPEAKER_00']);
    // s1: SPEAKER_00 covers 0.4 s of its words, SPEAKER_01 covers 1.3 s.
    expect(merged.segments.map((s) => s.speaker)).toEqual(['SPEAKER_01', 'SPEAKER_00']);
    expect(merged.speakers).toEqual([
      { id: 'SPEAKER_00', label: 'SPEAKER_00' },
      { id: 'SPEAKER_01', label: 'SPEAKER_01' },
    ]);
  });

  it('gives a word outside every turn the nearest turn’s speaker', () => {
    const merged = mergeSpeakers([w(4.5, 4.8, 'x'), w(5.6, 5.9, 'y')], [], turns);
    expect(merged.words.map((x) => x.speaker)).toEqual(['SPEAKER_00', 'SPEAKER_01']);
  });

  it('labels segments without words by overlap', () => {
    const merged = mergeSpeakers([], [{ id: 's1', start: 2.1, end: 3.9, text: 'hm' }], turns);
    expect(merged.segments[0]?.speaker).toBe('SPEAKER_00');
  });
});

describe('buildTranscript', () => {
  const engine = { provider: 'fake', transcription_model: 'fake-model' };

  it('keeps engine segments and words, with no speaker fields without diarization', () => {
    const transcript = buildTranscript(
      { text: ' Hi you ', language: 'en', durationSeconds: 2, segments: [{ start: 0, end: 2, text: ' Hi you ' }], words: [w(0, 1, 'Hi'), w(1, 2, 'you')] },
      undefined,
      engine,
    );
    expect(transcript).toEqual({
      text: 'Hi you',
      language: 'en',
      duration_seconds: 2,
      segments: [{ id: 'seg_000001', start: 0, end: 2, text: 'Hi you' }],
      words: [w(0, 1, 'Hi'), w(1, 2, 'you')],
      speakers: [],
      engine,
    });
    expect(JSON.stringify(transcript)).not.toContain('speaker"');
  });

  it('builds segments from words when the engine gave none', () => {
    const transcript = buildTranscript({ text: '', language: 'en', durationSeconds: 3, words: [w(0, 1, 'One.'), w(2.5, 3, 'Two')] }, undefined, engine);
    expect(transcript.segments.map((s) => s.text)).toEqual(['One.', 'Two']);
    expect(transcript.text).toBe('One. Two');
  });

  it('gives empty arrays, never null, when the engine returns neither', () => {
    const transcript = buildTranscript({ text: '', language: null, durationSeconds: 5 }, undefined, engine);
    expect(transcript).toMatchObject({ text: '', segments: [], words: [], speakers: [] });
  });

  it('drops words with impossible times instead of inventing any', () => {
    const transcript = buildTranscript(
      { text: 'a b', language: 'en', durationSeconds: 1, words: [w(0, 0.5, 'a'), w(NaN, 1, 'b'), w(0.9, 0.2, 'c')] },
      undefined,
      engine,
    );
    expect(transcript.words).toEqual([w(0, 0.5, 'a')]);
  });

  it('merges diarization turns into words, segments and the speaker list', () => {
    const transcript = buildTranscript(
      { text: 'a b', language: 'en', durationSeconds: 2, words: [w(0, 0.5, 'a'), w(1.5, 2, 'b')] },
      [
        { start: 0, end: 1, speaker: '1' },
        { start: 1, end: 2, speaker: '0' },
      ],
      engine,
    );
    expect(transcript.words.map((x) => x.speaker)).toEqual(['SPEAKER_00', 'SPEAKER_01']);
    expect(transcript.segments.map((s) => s.speaker)).toEqual(['SPEAKER_00', 'SPEAKER_01']);
    expect(transcript.speakers.map((s) => s.id)).toEqual(['SPEAKER_00', 'SPEAKER_01']);
  });
});

describe('parseStoredTranscript', () => {
  it('reads legacy plain text', () => {
    expect(parseStoredTranscript('Just some words.')).toEqual({
      text: 'Just some words.',
      language: null,
      duration_seconds: null,
      segments: [],
      words: [],
      speakers: [],
    });
  });

  it('reads legacy JSON without words, filling in what is missing', () => {
    const stored = JSON.stringify({ text: 'Hi', segments: [{ start: 0, end: 1, text: 'Hi', speaker: 'SPEAKER_00' }] });
    expect(parseStoredTranscript(stored)).toEqual({
      text: 'Hi',
      language: null,
      duration_seconds: null,
      segments: [{ id: 'seg_000001', start: 0, end: 1, text: 'Hi', speaker: 'SPEAKER_00' }],
      words: [],
      speakers: [{ id: 'SPEAKER_00', label: 'SPEAKER_00' }],
    });
  });

  it('reads a JSON string value as text', () => {
    expect(parseStoredTranscript('"quoted text"').text).toBe('quoted text');
  });

  it('round-trips a canonical transcript', () => {
    const transcript = buildTranscript({ text: 'a', language: 'en', durationSeconds: 1, words: [w(0, 1, 'a')] }, undefined, {
      provider: 'fake',
      transcription_model: 'm',
    });
    expect(parseStoredTranscript(JSON.stringify(transcript))).toEqual(transcript);
  });
});
