import { useQuery } from '@tanstack/react-query';
import { api, streamTicket, unwrap } from '../../api/client';

export function useTranscription(id: string) {
  return useQuery({ queryKey: ['transcription', id], queryFn: async () => unwrap(await api.GET('/api/v1/transcriptions/{id}', { params: { path: { id } } })) });
}

export function useTranscript(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['transcript', id],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/transcriptions/{id}/transcript', { params: { path: { id } } })),
  });
}

export function useExecutions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['executions', id],
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/transcriptions/{id}/executions', { params: { path: { id } } })).items,
  });
}

export function useJobLog(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['logs', id],
    enabled,
    queryFn: async () => {
      const result = await api.GET('/api/v1/transcriptions/{id}/logs', { params: { path: { id } }, parseAs: 'text' });
      return unwrap(result);
    },
  });
}

/** A media URL the <audio> element can fetch itself (it cannot send an Authorization header). */
export function useAudioUrl(id: string) {
  return useQuery({
    queryKey: ['audio-url', id],
    // Tickets last 15 minutes; a fresh one before that keeps seeking working in long sessions.
    staleTime: 10 * 60_000,
    refetchInterval: 10 * 60_000,
    queryFn: async () => `/api/v1/transcriptions/${encodeURIComponent(id)}/audio?ticket=${encodeURIComponent(await streamTicket())}`,
  });
}

export async function downloadExport(id: string, format: 'txt' | 'srt' | 'vtt' | 'json'): Promise<void> {
  const link = document.createElement('a');
  link.href = `/api/v1/transcriptions/${encodeURIComponent(id)}/export?format=${format}&ticket=${encodeURIComponent(await streamTicket())}`;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}
