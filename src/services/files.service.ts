import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FilesRepository, StoredFile } from '../db/repositories/index.js';
import type { FileKind, FileStatus } from '../db/tables.js';
import { MediaError } from '../media/index.js';
import type { BlobStorage, ByteRange, IncomingBlob } from '../storage/index.js';
import { isoNow, type Clock } from '../shared/clock.js';
import type { Page } from '../shared/cursor.js';
import { AppError, notFound, validationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { EventBroker } from './events/event-broker.js';
import { listPage, type SortedListOptions } from './listing.js';
import type { MediaProbe } from './media-probe.js';
import type { Principal } from './principal.js';
import { cleanTitle, requiredTitle, titleFromFilename } from './titles.js';

/** One part of a multipart upload, as the HTTP layer hands it over. */
export type UploadPart =
  | { kind: 'file'; field: string; filename: string | undefined; stream: Readable }
  | { kind: 'field'; field: string; value: string };

/** An upload on disk but not yet accepted: probed and recorded by `accept`, or dropped by `discard`. */
export interface ReceivedUpload {
  readonly sizeBytes: number;
  /** SHA-256 of the bytes, so a retried upload can be recognised. */
  readonly sha256: string;
  readonly title: string;
  readonly fields: Readonly<Record<string, string>>;
  discard(): Promise<void>;
}

interface ReceivedUploadState extends ReceivedUpload {
  incoming: IncomingBlob;
}

export interface FileListOptions extends SortedListOptions {
  q?: string | undefined;
  kind?: FileKind | undefined;
  status?: FileStatus | undefined;
  transcribed?: boolean | undefined;
}

/** A stored media file opened for streaming, with HTTP Range support. */
export interface MediaSource {
  sizeBytes: number;
  mimeType: string;
  /** Changes whenever the bytes could: a strong validator for caches and ranges. */
  etag: string;
  open(range?: ByteRange): Readable;
}

const MEGABYTE = 1024 * 1024;

class UploadTooLarge extends Error {}

/** Counts and hashes bytes on their way to disk, failing as soon as the limit is passed. */
function meter(limitBytes: number) {
  const hash = createHash('sha256');
  let size = 0;
  const transform = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > limitBytes) {
        callback(new UploadTooLarge());
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  return { transform, result: () => ({ size, sha256: hash.digest('hex') }) };
}

function isTooLarge(err: unknown): boolean {
  return err instanceof UploadTooLarge || (typeof err === 'object' && err !== null && 'code' in err && err.code === 'FST_REQ_FILE_TOO_LARGE');
}

const MAX_TITLE_LENGTH = 255;

/**
 * Failures of the multipart stream itself (a malformed body, a client that hung up midway)
 * are the client's: a 400, not a server error.
 */
function uploadError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code.startsWith('FST_')) return err;
  return new AppError('BAD_REQUEST', 'The upload is not valid multipart/form-data, or it ended before it was complete.', { cause: err });
}

async function* asUploadErrors<T>(parts: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* parts;
  } catch (err) {
    throw uploadError(err);
  }
}

export class FilesService {
  constructor(
    private readonly deps: {
      files: FilesRepository;
      storage: BlobStorage;
      media: MediaProbe;
      clock: Clock;
      /** The upload limit for a user, in MB (their setting, capped by the server's). */
      uploadLimitMb: (userId: string) => number;
      events: EventBroker;
      /** Runs after a plain upload was accepted (auto-transcription); its failures are the hook's to handle. */
      afterUpload?: (principal: Principal, file: StoredFile) => Promise<void>;
    },
  ) {}

  /**
   * Streams the `file` part to a private incoming location (never buffering it in memory) and
   * collects the text fields listed in `allowedFields`. Nothing is visible until `accept`.
   */
  async receive(principal: Principal, parts: AsyncIterable<UploadPart>, allowedFields: readonly string[] = ['title']): Promise<ReceivedUpload> {
    if (!this.deps.media.available) {
      throw new AppError('MEDIA_TOOLS_UNAVAILABLE', 'Uploads are disabled: ffmpeg/ffprobe are not installed on the server.');
    }
    const fields: Record<string, string> = {};
    let received: ReceivedUploadState | undefined;
    try {
      for await (const part of asUploadErrors(parts)) {
        if (part.kind === 'field') {
          if (!allowedFields.includes(part.field)) throw validationError(part.field, `${part.field} is not a known field.`);
          fields[part.field] = part.value;
          continue;
        }
        if (part.field !== 'file') throw validationError(part.field, `${part.field} is not a known field; send the media as "file".`);
        if (received) throw validationError('file', 'Send one file per request.');
        received = await this.store(part, this.deps.uploadLimitMb(principal.userId));
      }
    } catch (err) {
      await received?.discard();
      throw err;
    }
    if (!received) throw validationError('file', 'file is required: send the media as a multipart field named "file".');
    if (fields.title !== undefined) {
      const title = cleanTitle(fields.title);
      if (!title || fields.title.length > MAX_TITLE_LENGTH) {
        await received.discard();
        throw validationError('title', title ? `title must be at most ${MAX_TITLE_LENGTH} characters.` : 'title must not be empty.');
      }
      return { ...received, title, fields };
    }
    return { ...received, fields };
  }

  /** Accepts an upload as a new file and runs the after-upload hook (auto-transcription). */
  async upload(principal: Principal, upload: ReceivedUpload): Promise<StoredFile> {
    const file = await this.accept(principal, upload);
    await this.deps.afterUpload?.(principal, file);
    return file;
  }

  /** Probes a received upload and records it as a ready file; the upload is always consumed. */
  async accept(principal: Principal, upload: ReceivedUpload): Promise<StoredFile> {
    const { incoming } = upload as ReceivedUploadState;
    try {
      if (upload.sizeBytes === 0) throw new AppError('EMPTY_FILE', 'The uploaded file is empty (0 bytes).', { field: 'file' });
      const info = await this.probe(incoming.path);
      const now = isoNow(this.deps.clock);
      const id = newId('file');
      const file: StoredFile = {
        id,
        userId: principal.userId,
        title: upload.title,
        kind: info.kind,
        status: 'ready',
        mimeType: info.mimeType,
        sizeBytes: upload.sizeBytes,
        durationSeconds: info.durationSeconds,
        storageKey: `uploads/${id}`,
        createdAt: now,
        updatedAt: now,
      };
      await incoming.commit(file.storageKey ?? '');
      try {
        this.deps.files.insert(file);
      } catch (err) {
        await this.deps.storage.remove(file.storageKey ?? '');
        throw err;
      }
      this.deps.events.publish('file.ready', principal.userId, { id: file.id, status: file.status, kind: file.kind }, file.id);
      return file;
    } finally {
      await incoming.discard();
    }
  }

  list(principal: Principal, options: FileListOptions): Page<StoredFile> {
    return listPage(options, (after, limit) =>
      this.deps.files.list({ userId: principal.userId, q: options.q, kind: options.kind, status: options.status, transcribed: options.transcribed, sort: options.sort.spec, after, limit }),
    );
  }

  get(principal: Principal, id: string): StoredFile {
    const file = this.deps.files.findForUser(principal.userId, id);
    if (!file) throw notFound('File');
    return file;
  }

  rename(principal: Principal, id: string, title: string): StoredFile {
    const clean = requiredTitle(title);
    if (!this.deps.files.updateTitle(principal.userId, id, clean, isoNow(this.deps.clock))) throw notFound('File');
    return this.get(principal, id);
  }

  async delete(principal: Principal, id: string): Promise<void> {
    const deleted = this.deps.files.softDelete(principal.userId, id, isoNow(this.deps.clock));
    if (!deleted) throw notFound('File');
    if (deleted.storageKey) await this.deps.storage.remove(deleted.storageKey);
  }

  async openMedia(principal: Principal, id: string): Promise<MediaSource> {
    const file = this.get(principal, id);
    const key = file.storageKey;
    const size = key ? await this.deps.storage.size(key) : undefined;
    if (!key || size === undefined) throw new AppError('NOT_FOUND', 'The media of this file is no longer stored.');
    return {
      sizeBytes: size,
      mimeType: file.mimeType ?? 'application/octet-stream',
      etag: `"${file.id}-${size}"`,
      open: (range) => this.deps.storage.read(key, range),
    };
  }

  private async store(part: Extract<UploadPart, { kind: 'file' }>, limitMb: number): Promise<ReceivedUploadState> {
    const incoming = await this.deps.storage.createIncoming();
    const metered = meter(limitMb * MEGABYTE);
    try {
      await pipeline(part.stream, metered.transform, fs.createWriteStream(incoming.path));
    } catch (err) {
      await incoming.discard();
      if (isTooLarge(err)) {
        part.stream.resume();
        throw new AppError('PAYLOAD_TOO_LARGE', `The file is larger than the ${limitMb} MB upload limit.`, { field: 'file' });
      }
      throw uploadError(err);
    }
    const { size, sha256 } = metered.result();
    return { incoming, sizeBytes: size, sha256, title: titleFromFilename(part.filename), fields: {}, discard: () => incoming.discard() };
  }

  private async probe(localPath: string) {
    try {
      return await this.deps.media.probe(localPath);
    } catch (err) {
      if (!(err instanceof MediaError)) throw err;
      const code = { unavailable: 'MEDIA_TOOLS_UNAVAILABLE', not_media: 'NOT_MEDIA', no_audio: 'NO_AUDIO_STREAM' } as const;
      const mapped = err.kind in code ? code[err.kind as keyof typeof code] : 'NOT_MEDIA';
      throw new AppError(mapped, err.message, { field: 'file', cause: err });
    }
  }
}
