import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Transcription, TranscriptionPage } from '../api/types';
import { applyLiveEvent } from './live-updates';

const job = { id: 'tr_1', status: 'queued', progress: 0, progress_stage: 'queued', title: 'jfk.wav' } as unknown as Transcription;

describe('applyLiveEvent', () => {
  it('patches progress into the cached lists and the job, leaving other transcription queries alone', () => {
    const client = new QueryClient();
    client.setQueryData<InfiniteData<TranscriptionPage>>(['transcriptions', 'list', { q: '' }], { pages: [{ items: [job], next_cursor: null }], pageParams: [undefined] });
    client.setQueryData(['transcriptions', 'of-file', 'file_1'], { items: [job], next_cursor: null });
    client.setQueryData(['transcription', 'tr_1'], job);

    applyLiveEvent(client, { name: 'transcription.progress', id: '7', data: { id: 'tr_1', progress: 0.4, stage: 'transcribing' } });

    const list = client.getQueryData<InfiniteData<TranscriptionPage>>(['transcriptions', 'list', { q: '' }]);
    expect(list?.pages[0]?.items[0]).toMatchObject({ status: 'processing', progress: 0.4, progress_stage: 'transcribing' });
    expect(client.getQueryData<Transcription>(['transcription', 'tr_1'])).toMatchObject({ progress: 0.4 });
    expect(client.getQueryData(['transcriptions', 'of-file', 'file_1'])).toEqual({ items: [job], next_cursor: null });
  });
});
