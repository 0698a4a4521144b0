import { useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { openLiveEvents, type LiveEvent, type LiveStatus } from '../api/events';
import type { Transcription, TranscriptionPage } from '../api/types';

export interface ModelDownload {
  progress: number;
  status: 'downloading' | 'installed' | 'failed';
  error?: string;
}

interface Live {
  status: LiveStatus;
  downloads: Record<string, ModelDownload>;
}

const LiveContext = createContext<Live>({ status: 'connecting', downloads: {} });

export function useLive(): Live {
  return useContext(LiveContext);
}

type Patch = Partial<Pick<Transcription, 'status' | 'progress' | 'progress_stage'>>;

function patchJob(client: QueryClient, id: string, patch: Patch): void {
  const apply = (job: Transcription): Transcription => (job.id === id ? { ...job, ...patch } : job);
  // Only the library's paged lists: other ['transcriptions', …] queries have other shapes.
  client.setQueriesData<InfiniteData<TranscriptionPage>>({ queryKey: ['transcriptions', 'list'] }, (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map(apply) })) } : data,
  );
  client.setQueryData<Transcription>(['transcription', id], (job) => (job ? apply(job) : job));
}

/** Applies a live event to the cached data, so every screen updates without polling. */
export function applyLiveEvent(client: QueryClient, event: LiveEvent): void {
  const id = typeof event.data.id === 'string' ? event.data.id : '';
  if (event.name === 'resync') {
    void client.invalidateQueries();
    return;
  }
  if (event.name === 'transcription.progress') {
    patchJob(client, id, { status: 'processing', progress: Number(event.data.progress ?? 0), progress_stage: typeof event.data.stage === 'string' ? event.data.stage : null });
    return;
  }
  if (event.name.startsWith('transcription.')) {
    void client.invalidateQueries({ queryKey: ['transcriptions'] });
    void client.invalidateQueries({ queryKey: ['transcription', id] });
    void client.invalidateQueries({ queryKey: ['files'] });
    if (event.name === 'transcription.completed') {
      void client.invalidateQueries({ queryKey: ['transcript', id] });
    }
    void client.invalidateQueries({ queryKey: ['executions', id] });
    void client.invalidateQueries({ queryKey: ['logs', id] });
    return;
  }
  if (event.name === 'file.ready') void client.invalidateQueries({ queryKey: ['files'] });
  if (event.name === 'model.download.completed' || event.name === 'model.download.failed') void client.invalidateQueries({ queryKey: ['models'] });
}

/** One live event stream for the whole app. */
export function LiveUpdates({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [downloads, setDownloads] = useState<Record<string, ModelDownload>>({});

  useEffect(
    () =>
      openLiveEvents((event) => {
        applyLiveEvent(client, event);
        if (event.name.startsWith('model.download.')) {
          const model = typeof event.data.model === 'string' ? event.data.model : '';
          const state = event.name.split('.').at(-1);
          setDownloads((current) => ({
            ...current,
            [model]: {
              progress: Number(event.data.progress ?? (state === 'completed' ? 1 : 0)),
              status: state === 'completed' ? 'installed' : state === 'failed' ? 'failed' : 'downloading',
              ...(typeof event.data.error === 'string' ? { error: event.data.error } : {}),
            },
          }));
        }
      }, setStatus),
    [client],
  );

  return <LiveContext.Provider value={{ status, downloads }}>{children}</LiveContext.Provider>;
}
