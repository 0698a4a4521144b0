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
    queryKey: ['transcriptions', filters],
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

/** The row actions, each refreshing the lists when done. */
export function useJobActions() {
  const client = useQueryClient();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['transcriptions'] });
    void client.invalidateQueries({ queryKey: ['files'] });
  };
  return {
    cancel: useMutation({ mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/transcriptions/{id}:cancel', { params: { path: { id } } })), onSettled: refresh }),
    retry: useMutation({ mutationFn: async (id: string) => unwrap(await api.POST('/api/v1/transcriptions/{id}:retry', { params: { path: { id } } })), onSettled: refresh }),
    rename: useMutation({
      mutationFn: async ({ id, title }: { id: string; title: string }) => unwrap(await api.PATCH('/api/v1/transcriptions/{id}', { params: { path: { id } }, body: { title } })),
      onSettled: refresh,
    }),
    remove: useMutation({
      mutationFn: async (id: string) => {
        const result = await api.DELETE('/api/v1/transcriptions/{id}', { params: { path: { id } } });
        if (!result.response.ok) unwrap(result);
      },
      onSettled: refresh,
    }),
    transcribe: useMutation({
      mutationFn: async (fileId: string) => unwrap(await api.POST('/api/v1/transcriptions', { body: { file_id: fileId } })),
      onSettled: refresh,
    }),
  };
}
