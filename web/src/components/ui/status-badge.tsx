import type { TranscriptionStatus } from '../../api/types';
import { cn } from '../../lib/cn';

const STYLE: Record<TranscriptionStatus, string> = {
  queued: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  processing: 'bg-brand-100 text-brand-700 dark:bg-brand-700/30 dark:text-brand-100',
  completed: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
  failed: 'bg-rose-100 text-rose-800 dark:bg-rose-950 dark:text-rose-300',
  canceled: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
};

export function StatusBadge({ status }: { status: TranscriptionStatus }) {
  return <span className={cn('inline-flex rounded-full px-2 py-0.5 text-xs font-medium capitalize', STYLE[status])}>{status}</span>;
}
