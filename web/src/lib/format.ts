/** `m:ss` or `h:mm:ss` for a player clock. */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** A duration in words: `42 s`, `3 min 5 s`, `1 h 2 min`. */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  if (seconds < 60) return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h} h ${m} min` : `${m} min${s ? ` ${s} s` : ''}`;
}

export function bytes(size: number | null | undefined): string {
  if (!size) return '—';
  if (size >= 1e9) return `${(size / 1e9).toFixed(1)} GB`;
  if (size >= 1e6) return `${(size / 1e6).toFixed(size >= 1e8 ? 0 : 1)} MB`;
  return `${Math.max(1, Math.round(size / 1e3))} kB`;
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Readable stage names for progress labels. */
export const STAGE_LABEL: Record<string, string> = {
  queued: 'Queued',
  recovered: 'Queued (resumed)',
  preparing: 'Preparing',
  downloading: 'Downloading model',
  transcribing: 'Transcribing',
  diarizing: 'Finding speakers',
  merging: 'Merging',
  saving: 'Saving',
  completed: 'Done',
  failed: 'Failed',
  canceled: 'Canceled',
};
