import { describe, expect, it } from 'vitest';
import { cleanTitle, titleFromFilename } from './titles.js';

describe('titleFromFilename', () => {
  it.each([
    ['meeting notes.wav', 'meeting notes.wav'],
    ['../../etc/passwd.wav', 'passwd.wav'],
    ['C:\\Users\\me\\memo.m4a', 'memo.m4a'],
    ['"quoted" \'name\'.mp3', '"quoted" \'name\'.mp3'],
    ['Ünïcødé 会议 🎙️.opus', 'Ünïcødé 会议 🎙️.opus'],
    ['evil\u202Egnp.wav', 'evilgnp.wav'],
    ['line\nbreak.wav', 'linebreak.wav'],
    ['', 'Untitled upload'],
    ['../', 'Untitled upload'],
    [undefined, 'Untitled upload'],
  ])('%j → %j', (input, expected) => {
    expect(titleFromFilename(input)).toBe(expected);
  });

  it('bounds the length', () => {
    expect(titleFromFilename(`${'a'.repeat(400)}.wav`)).toHaveLength(255);
  });
});

describe('cleanTitle', () => {
  it('keeps slashes but drops control characters and outer space', () => {
    expect(cleanTitle('  Q3/Q4 review\u0007 ')).toBe('Q3/Q4 review');
  });
});
