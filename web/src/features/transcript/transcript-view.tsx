import { memo, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { Transcript, TranscriptWord } from '../../api/types';
import { cn } from '../../lib/cn';
import { clock } from '../../lib/format';
import { speakerClass } from '../../lib/speakers';
import { activeSpan, findMatches, type WordMatch } from './timeline';

interface SegmentModel {
  id: string;
  start: number;
  end: number;
  text: string;
  speaker?: string | undefined;
  words: TranscriptWord[];
  /** Word times are real (clickable per word) rather than only the segment's. */
  timed: boolean;
}

/** Segments with the words that fall inside them. */
export function groupWords(transcript: Transcript): SegmentModel[] {
  const words = [...transcript.words].sort((a, b) => a.start - b.start);
  let w = 0;
  return transcript.segments.map((segment) => {
    const inside: TranscriptWord[] = [];
    while (w < words.length && (words[w]?.start ?? Infinity) < segment.end + 0.01) {
      const word = words[w];
      if (word && word.start >= segment.start - 0.01) inside.push(word);
      w++;
    }
    return { id: segment.id, start: segment.start, end: segment.end, text: segment.text, speaker: segment.speaker, words: inside, timed: inside.length > 0 };
  });
}

export interface TranscriptViewProps {
  transcript: Transcript;
  time: number;
  onSeek: (seconds: number) => void;
  query: string;
  currentMatch: number;
  onMatchesChange?: (count: number) => void;
  /** Keep the playing segment in view (off while the user reads elsewhere). */
  follow: boolean;
}

/**
 * The transcript as segments with times and speakers. The playing segment and word are
 * highlighted; clicking a word (or a segment's time, or a segment without word times) seeks
 * there; search matches are marked.
 */
export function TranscriptView({ transcript, time, onSeek, query, currentMatch, onMatchesChange, follow }: TranscriptViewProps) {
  const segments = useMemo(() => groupWords(transcript), [transcript]);
  const segmentStarts = useMemo(() => segments.map((s) => s.start), [segments]);
  const speakerOrder = useMemo(() => transcript.speakers.map((s) => s.id), [transcript.speakers]);
  const matches = useMemo(() => findMatches(segments, query), [segments, query]);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => onMatchesChange?.(matches.length), [matches.length, onMatchesChange]);

  const active = activeSpan(segments, segmentStarts, time);
  const activeSegment = segments[active];
  const activeWord = activeSegment?.timed ? activeSpan(activeSegment.words, activeSegment.words.map((w) => w.start), time, 0.1) : -1;
  const match = matches[currentMatch];

  useEffect(() => {
    if (!follow || active < 0) return;
    container.current?.querySelector(`[data-segment="${active}"]`)?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [active, follow]);

  useEffect(() => {
    if (!match) return;
    container.current?.querySelector(`[data-segment="${match.segment}"]`)?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [match]);

  // One listener for every word: a click on anything with data-start seeks there.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-start]');
    const start = target ? Number(target.dataset.start) : NaN;
    if (Number.isFinite(start)) onSeek(start);
  };

  if (segments.length === 0) {
    return <p className="text-slate-500">{transcript.text.trim() || 'No speech was found in this recording.'}</p>;
  }

  return (
    <div ref={container} onClick={onClick} className="space-y-3" aria-label="Transcript">
      {segments.map((segment, index) => (
        <Segment
          key={segment.id}
          index={index}
          segment={segment}
          active={index === active}
          activeWord={index === active ? activeWord : -1}
          speakerClass={segment.speaker ? speakerClass(segment.speaker, speakerOrder) : ''}
          speakerLabel={transcript.speakers.find((s) => s.id === segment.speaker)?.label ?? segment.speaker}
          matches={matches.filter((m) => m.segment === index)}
          current={match?.segment === index ? match : undefined}
        />
      ))}
    </div>
  );
}

interface SegmentProps {
  index: number;
  segment: SegmentModel;
  active: boolean;
  activeWord: number;
  speakerClass: string;
  speakerLabel: string | undefined;
  matches: WordMatch[];
  current: WordMatch | undefined;
}

const Segment = memo(function Segment({ index, segment, active, activeWord, speakerClass: colour, speakerLabel, matches, current }: SegmentProps) {
  const inMatch = (i: number) => matches.find((m) => i >= m.from && i <= m.to);
  return (
    <div data-segment={index} className={cn('flex gap-3 rounded-lg p-2 transition-colors', active && 'bg-brand-50 dark:bg-brand-700/20')}>
      <button type="button" data-start={segment.start} className="-my-1 shrink-0 self-start rounded px-1 py-1.5 font-mono text-xs text-slate-500 tabular-nums hover:text-brand-600 dark:text-slate-400" aria-label={`Jump to ${clock(segment.start)}`}>
        {clock(segment.start)}
      </button>
      <div className="min-w-0 flex-1">
        {speakerLabel ? <span className={cn('mb-1 inline-block rounded px-1.5 py-0.5 text-xs font-semibold', colour)}>{speakerLabel}</span> : null}
        {segment.timed ? (
          <p className="leading-relaxed">
            {segment.words.map((word, i) => {
              const hit = inMatch(i);
              return (
                <span key={`${word.start}-${i}`}>
                  <span
                    data-start={word.start}
                    data-word={i}
                    aria-current={i === activeWord ? 'true' : undefined}
                    className={cn(
                      'cursor-pointer rounded-sm px-px hover:underline',
                      hit && 'bg-yellow-200 dark:bg-yellow-700/60',
                      hit && current === hit && 'ring-2 ring-yellow-500',
                      i === activeWord && 'bg-brand-500 text-white',
                    )}
                  >
                    {word.word}
                  </span>{' '}
                </span>
              );
            })}
          </p>
        ) : (
          <p data-start={segment.start} className={cn('cursor-pointer leading-relaxed', matches.length > 0 && 'bg-yellow-100 dark:bg-yellow-900/40', current && 'ring-2 ring-yellow-500')}>
            {segment.text}
          </p>
        )}
      </div>
    </div>
  );
});
