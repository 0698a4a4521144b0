import { describe, expect, it } from 'vitest';
import { resolveJobOptions } from './job-options.js';

const defaults = { model: 'whisper-base' };

describe('resolveJobOptions', () => {
  it('falls back to the server defaults', () => {
    expect(resolveJobOptions([undefined, undefined, undefined], defaults)).toEqual({
      model: 'whisper-base',
      language: 'auto',
      task: 'transcribe',
      diarization: false,
    });
  });

  it('takes each option from the request, then the selected profile, then the default profile', () => {
    const request = { language: 'de' };
    const selected = { model: 'whisper-small', task: 'translate' as const };
    const fallback = { model: 'whisper-tiny', language: 'fr', diarization: true };
    expect(resolveJobOptions([request, selected, fallback], defaults)).toEqual({
      model: 'whisper-small',
      language: 'de',
      task: 'translate',
      diarization: true,
    });
  });

  it('keeps speaker hints together and only with diarization', () => {
    const request = { diarization: true, num_speakers: 2 };
    const profile = { min_speakers: 3, max_speakers: 5 };
    expect(resolveJobOptions([request, profile], defaults)).toMatchObject({ diarization: true, num_speakers: 2 });
    expect(resolveJobOptions([request, profile], defaults).min_speakers).toBeUndefined();
    expect(resolveJobOptions([{ diarization: true }, profile], defaults)).toMatchObject({ min_speakers: 3, max_speakers: 5 });
    expect(resolveJobOptions([{ diarization: false }, profile], defaults).min_speakers).toBeUndefined();
  });

  it('turns diarization on when speaker counts are given without it', () => {
    expect(resolveJobOptions([{ num_speakers: 3 }], defaults)).toMatchObject({ diarization: true, num_speakers: 3 });
  });

  it('lower-cases the language', () => {
    expect(resolveJobOptions([{ language: 'EN' }], defaults).language).toBe('en');
  });

  it('lets a request turn off what a profile turns on', () => {
    expect(resolveJobOptions([{ diarization: false }, { diarization: true }], defaults).diarization).toBe(false);
  });
});
