import { Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { messageOf } from '../../api/client';
import type { Transcription, TranscriptionStatus } from '../../api/types';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/dialog';
import { EmptyState, ErrorMessage, ProgressBar, Spinner } from '../../components/ui/feedback';
import { Input, Select } from '../../components/ui/field';
import { StatusBadge } from '../../components/ui/status-badge';
import { dateTime, STAGE_LABEL } from '../../lib/format';
import { useTitle } from '../../lib/use-title';
import { UploadPanel } from '../upload/upload-panel';
import { JobActionsMenu } from './job-actions-menu';
import { useJobActions, useTranscriptions, useUntranscribedFiles, type LibraryFilters } from './use-library';

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return current;
}

export function LibraryPage() {
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<LibraryFilters['status']>('');
  const [sort, setSort] = useState<LibraryFilters['sort']>('-created_at');
  const filters = { q: useDebounced(q.trim(), 250), status, sort };
  const list = useTranscriptions(filters);
  const files = useUntranscribedFiles();
  const actions = useJobActions();
  const [fileToDelete, setFileToDelete] = useState<{ id: string; title: string } | null>(null);
  const jobs = list.data?.pages.flatMap((p) => p.items) ?? [];
  useTitle('Library');

  return (
    <div className="space-y-6">
      <UploadPanel />

      <section aria-labelledby="library-heading" className="space-y-3">
        <div className="flex flex-wrap items-end gap-3">
          <h2 id="library-heading" className="mr-auto text-lg font-semibold">
            Transcriptions
          </h2>
          <div className="relative w-full sm:w-64">
            <Search className="pointer-events-none absolute top-3 left-3 h-4 w-4 text-slate-400" aria-hidden />
            <Input type="search" aria-label="Search titles" placeholder="Search titles" value={q} onChange={(e) => setQ(e.target.value)} className="pl-9" />
          </div>
          <Select aria-label="Filter by status" className="w-full sm:w-40" value={status} onChange={(e) => setStatus(e.target.value as TranscriptionStatus | '')}>
            <option value="">All statuses</option>
            {(['queued', 'processing', 'completed', 'failed', 'canceled'] as const).map((s) => (
              <option key={s} value={s}>
                {s[0]?.toUpperCase() + s.slice(1)}
              </option>
            ))}
          </Select>
          <Select aria-label="Sort" className="w-full sm:w-44" value={sort} onChange={(e) => setSort(e.target.value as LibraryFilters['sort'])}>
            <option value="-created_at">Newest first</option>
            <option value="created_at">Oldest first</option>
            <option value="-updated_at">Recently changed</option>
            <option value="title">Title A–Z</option>
            <option value="-title">Title Z–A</option>
          </Select>
        </div>

        {list.isPending ? <Spinner /> : null}
        {list.isError ? <ErrorMessage>Could not load transcriptions: {messageOf(list.error)}</ErrorMessage> : null}
        {list.isSuccess && jobs.length === 0 ? (
          <EmptyState title={filters.q || status ? 'Nothing matches' : 'No transcriptions yet'}>{filters.q || status ? 'Try other filters.' : 'Upload a recording above to get started.'}</EmptyState>
        ) : null}
        {jobs.length > 0 ? (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800" aria-label="Transcriptions">
            {jobs.map((job) => (
              <JobRow key={job.id} job={job} />
            ))}
          </ul>
        ) : null}
        {list.hasNextPage ? (
          <div className="text-center">
            <Button onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </Button>
          </div>
        ) : null}
      </section>

      {files.data && files.data.items.length > 0 ? (
        <section aria-labelledby="files-heading" className="space-y-3">
          <h2 id="files-heading" className="text-lg font-semibold">
            Files without a transcription
          </h2>
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {files.data.items.map((file) => (
              <li key={file.id} className="flex items-center gap-3 p-3">
                <span className="min-w-0 flex-1 truncate text-sm">{file.title}</span>
                <Button size="sm" aria-label={`Transcribe ${file.title}`} onClick={() => actions.transcribe.mutate(file.id)} disabled={actions.transcribe.isPending}>
                  Transcribe
                </Button>
                <Button size="sm" variant="ghost" aria-label={`Delete ${file.title}`} onClick={() => setFileToDelete(file)}>
                  Delete
                </Button>
              </li>
            ))}
          </ul>
          {actions.transcribe.isError || actions.removeFile.isError ? <ErrorMessage>{messageOf(actions.transcribe.error ?? actions.removeFile.error)}</ErrorMessage> : null}
        </section>
      ) : null}
      <ConfirmDialog
        open={fileToDelete !== null}
        onOpenChange={(open) => !open && setFileToDelete(null)}
        title="Delete recording?"
        description={`“${fileToDelete?.title ?? ''}” will be deleted from the server. This cannot be undone.`}
        confirmLabel="Delete"
        busy={actions.removeFile.isPending}
        onConfirm={() => fileToDelete && actions.removeFile.mutate(fileToDelete.id, { onSettled: () => setFileToDelete(null) })}
      />
    </div>
  );
}

function JobRow({ job }: { job: Transcription }) {
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);

  return (
    <li className="p-3">
      <div className="flex items-center gap-3">
        <div className="min-w-0 flex-1">
          <Link href={`/t/${job.id}`} className="block truncate font-medium hover:underline">
            {job.title}
          </Link>
          <div className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
            <StatusBadge status={job.status} />
            <span>{dateTime(job.created_at)}</span>
            {/* Retries keep their source's title: the model and the mark tell them apart. */}
            <span>{job.options.model}</span>
            {job.source_transcription_id ? <span>retry</span> : null}
            {job.status === 'processing' && job.progress_stage ? <span>{STAGE_LABEL[job.progress_stage] ?? job.progress_stage}</span> : null}
            {job.status === 'failed' && job.error ? <span className="text-rose-600 dark:text-rose-400">{job.error}</span> : null}
            {job.warnings.length > 0 ? <span className="text-amber-700 dark:text-amber-400">{job.warnings[0]}</span> : null}
          </div>
        </div>
        <JobActionsMenu job={job} onOpen={() => navigate(`/t/${job.id}`)} onError={setError} />
      </div>
      {job.status === 'processing' || job.status === 'queued' ? (
        <div className="mt-2">
          <ProgressBar value={job.progress} label={`Progress of ${job.title}`} />
        </div>
      ) : null}
      {error ? <ErrorMessage className="mt-2">{error}</ErrorMessage> : null}
    </li>
  );
}
