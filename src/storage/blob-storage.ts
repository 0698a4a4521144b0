import type { Readable } from 'node:stream';

/** Byte range, inclusive at both ends (as in HTTP `Content-Range`). */
export interface ByteRange {
  start: number;
  end: number;
}

/** An upload being written: bytes go to `path` first and become visible only on `commit`. */
export interface IncomingBlob {
  /** Local path to write to; internal only. */
  readonly path: string;
  commit(key: string): Promise<void>;
  discard(): Promise<void>;
}

/**
 * Where uploaded media and transcript outputs live. Keys are relative (`uploads/file_…`);
 * the local implementation maps them under DATA_DIR, and an object store could replace it.
 */
export interface BlobStorage {
  createIncoming(): Promise<IncomingBlob>;
  /** A local filesystem path for tools that need one (ffprobe, ffmpeg). */
  localPath(key: string): string;
  size(key: string): Promise<number | undefined>;
  read(key: string, range?: ByteRange): Readable;
  write(key: string, data: string | Buffer): Promise<void>;
  remove(key: string): Promise<void>;
  removePrefix(prefix: string): Promise<void>;
}
