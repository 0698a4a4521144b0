import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { TranscriptionStatus } from '../../api/types';

export interface LibraryFilters {
  q: string;
  status: TranscriptionStatus | '';
  sort: '-created_at' | 'created_at' | 'title' | '-title' | '-updated_at';
}

export function useTranscriptions(filters: LibraryFilters) {
  return useInfiniteQuery({
    queryKey: ['transcriptions', 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/transcriptions', {
          params: { query: { limit: 25, sort: filters.sort, ...(filters.q ? { q: filters.q } : {}), ...(filters.status ? { status: filters.status } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  });
}

/** Uploaded files that have no transcription yet (auto-transcription off, or a failed submit). */
export function useUntranscribedFiles() {
  return useQuery({
    queryKey: ['files', 'untranscribed'],
    queryFn: async () => unwrap(await api.GET('/api/v1/files', { params: { query: { transcribed: false, limit: 50 } } })),
  });
}

/** Whether transcriptions other than `exceptId` use the file: then its recording must stay. */
export function useFileSharedWithOthers(fileId: string, exceptId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['transcriptions', 'of-file', fileId],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/transcriptions', { params: { query: { file_id: fileId, limit: 2 } } })),
    select: (page) => page.items.some((job) => job.id !== exceptId),
  });
}

async function deleteFile(id: string): Promise<void> {
  const result = await api.DELETE('/api/v1/files/{id}', { params: { path: { id } } });
  // Already gone (another transcription's delete took it) is fine.
  if (!result.response.ok && result.response.status !== 404) unwrap(result);
}

/** The row actions, each refreshing the lists when done. */
export function useJobActions() {
  const client = useQueryClient();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['transcriptions'] });
    void client.invalidateQueries({ queryKey: ['files'] });
  };
  return {
    cancel: useMutation({ mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/transcriptions/{id}:cancel', { params: { path: { id } } })), onSettled: refresh }),
    retry: useMutation({
      /** Runs the job again; `model` replaces the one it used (after a failed download, say). */
      mutationFn: async ({ id, model }: { id: string; model?: string | undefined }) =>
        unwrap(await api.POST('/api/v1/transcriptions/{id}:retry', { params: { path: { id } }, body: model ? { options: { model } } : {} })),
      onSettled: refresh,
    }),
    rename: useMutation({
      mutationFn: async ({ id, title }: { id: string; title: string }) => unwrap(await api.PATCH('/api/v1/transcriptions/{id}', { params: { path: { id } }, body: { title } })),
      onSettled: (_data, _error, { id }) => {
        refresh();
        void client.invalidateQueries({ queryKey: ['transcription', id] });
      },
    }),
    remove: useMutation({
      /** Deletes a transcription and, when asked, the recording it was made from. */
      mutationFn: async ({ id, fileId }: { id: string; fileId?: string | undefined }) => {
        const result = await api.DELETE('/api/v1/transcriptions/{id}', { params: { path: { id } } });
        if (!result.response.ok) unwrap(result);
        if (fileId) await deleteFile(fileId);
      },
      onSettled: refresh,
    }),
    removeFile: useMutation({ mutationFn: deleteFile, onSettled: refresh }),
    transcribe: useMutation({
      mutationFn: async (fileId: string) => unwrap(await api.POST('/api/v1/transcriptions', { body: { file_id: fileId } })),
      onSettled: refresh,
    }),
  };
}
