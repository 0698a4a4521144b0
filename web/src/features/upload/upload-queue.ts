import { ApiError, messageOf } from '../../api/client';
import type { JobOptions, Transcription } from '../../api/types';
import { uploadForm, type UploadProgress } from '../../api/upload';

export type UploadStatus = 'waiting' | 'uploading' | 'done' | 'failed' | 'canceled';

export interface UploadItem {
  id: string;
  name: string;
  size: number;
  loaded: number;
  status: UploadStatus;
  error?: string;
  transcriptionId?: string;
}

export interface UploadRequest {
  options?: JobOptions | undefined;
  profileId?: string | undefined;
}

export type Submit = (file: File, request: UploadRequest, onProgress: (p: UploadProgress) => void, signal: AbortSignal) => Promise<Transcription>;

/** Upload + queue in one call (POST /transcriptions:submit). */
export const submitTranscription: Submit = (file, request, onProgress, signal) => {
  const form = new FormData();
  if (request.profileId) form.append('profile_id', request.profileId);
  if (request.options && Object.keys(request.options).length > 0) form.append('options', JSON.stringify(request.options));
  form.append('file', file, file.name);
  return uploadForm<Transcription>('/api/v1/transcriptions:submit', form, onProgress, signal);
};

const CONCURRENT = 2;

/**
 * Uploads in flight, kept outside React so they go on while the user moves between pages.
 * At most two run at once; the rest wait their turn.
 */
export class UploadQueue {
  private items: UploadItem[] = [];
  private readonly files = new Map<string, { file: File; request: UploadRequest; controller: AbortController }>();
  private readonly listeners = new Set<() => void>();
  private next = 1;

  constructor(
    private readonly submit: Submit = submitTranscription,
    private readonly onDone: (job: Transcription) => void = () => {},
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly UploadItem[] => this.items;

  add(files: readonly File[], request: UploadRequest): void {
    for (const file of files) {
      const id = `upload-${this.next++}`;
      this.files.set(id, { file, request, controller: new AbortController() });
      this.items = [...this.items, { id, name: file.name, size: file.size, loaded: 0, status: 'waiting' }];
    }
    this.emit();
    this.pump();
  }

  cancel(id: string): void {
    const entry = this.files.get(id);
    const item = this.items.find((i) => i.id === id);
    if (!entry || !item || (item.status !== 'waiting' && item.status !== 'uploading')) return;
    entry.controller.abort();
    this.update(id, { status: 'canceled' });
    this.pump();
  }

  clearFinished(): void {
    this.items = this.items.filter((i) => i.status === 'waiting' || i.status === 'uploading');
    this.emit();
  }

  private pump(): void {
    while (this.items.filter((i) => i.status === 'uploading').length < CONCURRENT) {
      const waiting = this.items.find((i) => i.status === 'waiting');
      if (!waiting) return;
      this.update(waiting.id, { status: 'uploading' });
      void this.run(waiting.id);
    }
  }

  private async run(id: string): Promise<void> {
    const entry = this.files.get(id);
    if (!entry) return;
    try {
      const job = await this.submit(entry.file, entry.request, (p) => this.update(id, { loaded: p.loaded }), entry.controller.signal);
      this.update(id, { status: 'done', loaded: entry.file.size, transcriptionId: job.id });
      this.onDone(job);
    } catch (err) {
      if (entry.controller.signal.aborted) return;
      this.update(id, { status: 'failed', error: err instanceof ApiError ? err.message : messageOf(err) });
    } finally {
      this.files.delete(id);
      this.pump();
    }
  }

  private update(id: string, patch: Partial<UploadItem>): void {
    this.items = this.items.map((item) => (item.id === id ? { ...item, ...patch } : item));
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
