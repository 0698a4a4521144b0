import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Transcript } from '../../api/types';
import { TranscriptView } from './transcript-view';

const transcript: Transcript = {
  transcription_id: 'tr_1',
  text: 'Ask not what your country can do. For you.',
  language: 'en',
  duration_seconds: 10,
  segments: [
    { id: 'seg_000001', start: 0, end: 3, text: 'Ask not what your country can do.', speaker: 'SPEAKER_00' },
    { id: 'seg_000002', start: 5, end: 6, text: 'For you.', speaker: 'SPEAKER_01' },
  ],
  words: [
    { start: 0, end: 0.4, word: 'Ask', speaker: 'SPEAKER_00' },
    { start: 0.5, end: 0.8, word: 'not', speaker: 'SPEAKER_00' },
    { start: 0.9, end: 1.2, word: 'what', speaker: 'SPEAKER_00' },
    { start: 1.3, end: 1.6, word: 'your', speaker: 'SPEAKER_00' },
    { start: 1.7, end: 2.2, word: 'country', speaker: 'SPEAKER_00' },
    { start: 2.3, end: 2.5, word: 'can', speaker: 'SPEAKER_00' },
    { start: 2.6, end: 3, word: 'do.', speaker: 'SPEAKER_00' },
  ],
  speakers: [
    { id: 'SPEAKER_00', label: 'SPEAKER_00' },
    { id: 'SPEAKER_01', label: 'SPEAKER_01' },
  ],
};

function view(time: number, props: Partial<Parameters<typeof TranscriptView>[0]> = {}) {
  const onSeek = vi.fn();
  const utils = render(<TranscriptView transcript={transcript} time={time} onSeek={onSeek} query="" currentMatch={0} follow={false} {...props} />);
  return { ...utils, onSeek };
}

const current = () => document.querySelectorAll('[aria-current="true"]');

describe('TranscriptView', () => {
  it('highlights the word being spoken, following the player time', () => {
    const { rerender, onSeek } = view(0.6);
    expect([...current()].map((e) => e.textContent)).toEqual(['not']);
    rerender(<TranscriptView transcript={transcript} time={1.9} onSeek={onSeek} query="" currentMatch={0} follow={false} />);
    expect([...current()].map((e) => e.textContent)).toEqual(['country']);
    rerender(<TranscriptView transcript={transcript} time={4} onSeek={onSeek} query="" currentMatch={0} follow={false} />);
    expect(current()).toHaveLength(0);
  });

  it('marks the playing segment', () => {
    view(5.5);
    expect(document.querySelector('[data-segment="1"]')?.className).toContain('bg-brand-50');
    expect(document.querySelector('[data-segment="0"]')?.className).not.toContain('bg-brand-50');
  });

  it('seeks to a word, a segment time, or a segment without word times when clicked', () => {
    const { onSeek } = view(0);
    fireEvent.click(screen.getByText('country'));
    expect(onSeek).toHaveBeenLastCalledWith(1.7);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to 0:05' }));
    expect(onSeek).toHaveBeenLastCalledWith(5);
    fireEvent.click(screen.getByText('For you.'));
    expect(onSeek).toHaveBeenLastCalledWith(5);
  });

  it('shows speakers with their labels', () => {
    view(0);
    expect(screen.getByText('SPEAKER_00')).toBeTruthy();
    expect(screen.getByText('SPEAKER_01')).toBeTruthy();
  });

  it('marks search matches and reports how many there are', () => {
    const onMatchesChange = vi.fn();
    view(0, { query: 'your country', onMatchesChange });
    expect(onMatchesChange).toHaveBeenLastCalledWith(1);
    const marked = [...document.querySelectorAll('.bg-yellow-200')].map((e) => e.textContent);
    expect(marked).toEqual(['your', 'country']);
  });

  it('says so when nothing was said', () => {
    render(<TranscriptView transcript={{ ...transcript, text: '', segments: [], words: [], speakers: [] }} time={0} onSeek={() => {}} query="" currentMatch={0} follow={false} />);
    expect(screen.getByText('No speech was found in this recording.')).toBeTruthy();
  });
});
