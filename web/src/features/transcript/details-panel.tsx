import { useState } from 'react';
import type { Transcript, Transcription } from '../../api/types';
import { Spinner } from '../../components/ui/feedback';
import { dateTime, duration } from '../../lib/format';
import { useExecutions, useJobLog } from './use-transcript';

/** Model, language, durations, attempts and the job's own log. */
export function DetailsPanel({ job, transcript }: { job: Transcription; transcript: Transcript | undefined }) {
  const [showLog, setShowLog] = useState(false);
  const executions = useExecutions(job.id, true);
  const log = useJobLog(job.id, showLog);
  const last = executions.data?.at(-1);
  const rows: [string, string][] = [
    ['Model', last?.model ?? job.options.model],
    ['Engine', last?.provider ?? '—'],
    ['Language', transcript?.language ?? job.options.language],
    ['Audio length', duration(transcript?.duration_seconds)],
    ['Processing time', last?.processing_duration_ms ? duration(last.processing_duration_ms / 1000) : '—'],
    ['Speakers', transcript ? String(transcript.speakers.length || '—') : '—'],
    ['Created', dateTime(job.created_at)],
    ['Completed', dateTime(job.completed_at)],
  ];
  return (
    <aside aria-label="Details" className="space-y-4 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="truncate">{value}</dd>
          </div>
        ))}
      </dl>
      {job.warnings.length > 0 ? (
        <ul className="space-y-1 text-amber-700 dark:text-amber-400">
          {job.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <div>
        <h3 className="mb-1 font-medium">Attempts</h3>
        {executions.isPending ? <Spinner /> : null}
        <ul className="space-y-1">
          {executions.data?.map((e, i) => (
            <li key={e.id} className="text-slate-600 dark:text-slate-400">
              {i + 1}. {e.status} · {e.provider ?? '—'} · {e.model ?? '—'}
              {e.processing_duration_ms !== null ? ` · ${duration(e.processing_duration_ms / 1000)}` : ''}
              {e.error ? <span className="block text-rose-600 dark:text-rose-400">{e.error}</span> : null}
            </li>
          ))}
        </ul>
      </div>
      <details onToggle={(e) => setShowLog((e.target as HTMLDetailsElement).open)}>
        <summary className="cursor-pointer font-medium">Job log</summary>
        {log.isPending && showLog ? <Spinner /> : null}
        {log.data ? <pre className="mt-2 max-h-72 overflow-auto rounded bg-slate-100 p-2 text-xs whitespace-pre-wrap dark:bg-slate-900">{log.data}</pre> : null}
      </details>
    </aside>
  );
}
