import { useCallback, useEffect, useRef, useState } from 'react';

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2];

/**
 * State and commands of an <audio> element (pass `ref={player.attach}`), with the clock
 * updated every frame while playing. The element arrives after the first render (its URL is
 * fetched), so it is held in state and the listeners attach when it does.
 */
export function usePlayer() {
  const [element, attach] = useState<HTMLAudioElement | null>(null);
  const audio = useRef<HTMLAudioElement | null>(null);
  audio.current = element;
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [rate, setRateState] = useState(1);
  const frame = useRef(0);

  useEffect(() => {
    if (!element) return;
    if (Number.isFinite(element.duration)) setDuration(element.duration);
    const tick = () => {
      setTime(element.currentTime);
      if (!element.paused) frame.current = requestAnimationFrame(tick);
    };
    const onPlay = () => {
      setPlaying(true);
      frame.current = requestAnimationFrame(tick);
    };
    const onPause = () => {
      setPlaying(false);
      cancelAnimationFrame(frame.current);
      setTime(element.currentTime);
    };
    const onTime = () => setTime(element.currentTime);
    const onMeta = () => setDuration(Number.isFinite(element.duration) ? element.duration : 0);
    // One signal removes every listener on cleanup.
    const listeners = new AbortController();
    const on = (type: string, handler: () => void) => element.addEventListener(type, handler, { signal: listeners.signal });
    on('play', onPlay);
    on('pause', onPause);
    on('ended', onPause);
    on('timeupdate', onTime);
    on('seeked', onTime);
    on('loadedmetadata', onMeta);
    on('durationchange', onMeta);
    return () => {
      cancelAnimationFrame(frame.current);
      listeners.abort();
    };
  }, [element]);

  const seek = useCallback(
    (seconds: number) => {
      const element = audio.current;
      if (!element) return;
      const limit = Number.isFinite(element.duration) && element.duration > 0 ? element.duration : Infinity;
      element.currentTime = Math.min(limit, Math.max(0, seconds));
      setTime(element.currentTime);
    },
    [audio],
  );

  const toggle = useCallback(() => {
    const element = audio.current;
    if (!element) return;
    if (element.paused) void element.play().catch(() => undefined);
    else element.pause();
  }, [audio]);

  const skip = useCallback((delta: number) => seek((audio.current?.currentTime ?? 0) + delta), [audio, seek]);

  const setRate = useCallback(
    (value: number) => {
      if (audio.current) audio.current.playbackRate = value;
      setRateState(value);
    },
    [audio],
  );

  return { attach, element, time, duration, playing, rate, seek, toggle, skip, setRate };
}

export type Player = ReturnType<typeof usePlayer>;
