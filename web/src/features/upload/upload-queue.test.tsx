import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import type { Transcription } from '../../api/types';
import { UploadProvider } from './upload-context';
import { UploadPanel } from './upload-panel';
import { UploadQueue, type Submit } from './upload-queue';

/** A submit the test drives: each call waits until the test finishes or fails it. */
function controlledSubmit() {
  const calls: { name: string; progress: (loaded: number) => void; finish: () => void; fail: (err: Error) => void; options: unknown }[] = [];
  const submit: Submit = (file, request, onProgress) =>
    new Promise((resolve, reject) => {
      calls.push({
        name: file.name,
        options: request.options,
        progress: (loaded) => onProgress({ loaded, total: file.size }),
        finish: () => resolve({ id: `tr_${file.name}` } as Transcription),
        fail: reject,
      });
    });
  return { calls, submit };
}

const file = (name: string, size = 100) => new File([new Uint8Array(size)], name, { type: 'audio/wav' });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('UploadQueue', () => {
  it('uploads two files at a time and starts the next when one ends', async () => {
    const { calls, submit } = controlledSubmit();
    const queue = new UploadQueue(submit);
    queue.add([file('a.wav'), file('b.wav'), file('c.wav')], {});
    expect(calls.map((c) => c.name)).toEqual(['a.wav', 'b.wav']);
    expect(queue.getSnapshot().map((i) => i.status)).toEqual(['uploading', 'uploading', 'waiting']);
    calls[0]?.progress(50);
    expect(queue.getSnapshot()[0]?.loaded).toBe(50);
    calls[0]?.finish();
    await flush();
    expect(calls.map((c) => c.name)).toEqual(['a.wav', 'b.wav', 'c.wav']);
    expect(queue.getSnapshot()[0]).toMatchObject({ status: 'done', transcriptionId: 'tr_a.wav' });
  });

  it('shows the server’s message when an upload is refused', async () => {
    const { calls, submit } = controlledSubmit();
    const queue = new UploadQueue(submit);
    queue.add([file('notes.txt')], {});
    calls[0]?.fail(new ApiError(415, 'NOT_MEDIA', 'The file is not a decodable audio or video file.'));
    await flush();
    expect(queue.getSnapshot()[0]).toMatchObject({ status: 'failed', error: 'The file is not a decodable audio or video file.' });
  });

  it('cancels waiting and running uploads', () => {
    const { submit } = controlledSubmit();
    const queue = new UploadQueue(submit);
    queue.add([file('a.wav'), file('b.wav'), file('c.wav')], {});
    queue.cancel('upload-3');
    queue.cancel('upload-1');
    expect(queue.getSnapshot().map((i) => i.status)).toEqual(['canceled', 'uploading', 'canceled']);
  });
});

describe('UploadPanel', () => {
  function renderPanel(queue: UploadQueue) {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    client.setQueryData(['profiles'], []);
    client.setQueryData(['models'], [{ id: 'whisper-base', name: 'Whisper base', capabilities: ['transcription'], installed: false }]);
    return render(
      <QueryClientProvider client={client}>
        <UploadProvider queue={queue}>
          <UploadPanel />
        </UploadProvider>
      </QueryClientProvider>,
    );
  }

  it('queues picked files with the chosen options and shows their progress and errors', async () => {
    const { calls, submit } = controlledSubmit();
    renderPanel(new UploadQueue(submit));
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'de' } });
    fireEvent.change(screen.getByLabelText('Audio or video files'), { target: { files: [file('meeting.m4a', 1000), file('bad.txt')] } });
    expect(calls.map((c) => c.options)).toEqual([{ language: 'de' }, { language: 'de' }]);
    calls[0]?.progress(250);
    await flush();
    expect(screen.getByRole('progressbar', { name: 'Upload of meeting.m4a' }).getAttribute('aria-valuenow')).toBe('25');
    calls[1]?.fail(new ApiError(415, 'NOT_MEDIA', 'The file is not a decodable audio or video file.'));
    await flush();
    expect(screen.getByText('The file is not a decodable audio or video file.')).toBeTruthy();
  });
});
