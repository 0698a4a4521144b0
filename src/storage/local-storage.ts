import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { BlobStorage, ByteRange, IncomingBlob } from './blob-storage.js';

// Incoming uploads are written inside the data dir so that committing is an atomic rename
// on one filesystem; anything left here after a crash is garbage and is swept at startup.
const INCOMING_DIR = '.incoming';
const KEY_PATTERN = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.-]+)*$/;

export class LocalStorage implements BlobStorage {
  constructor(private readonly root: string) {}

  /** Creates the directories and removes incoming files a crash left behind. */
  async init(): Promise<void> {
    await fsp.rm(path.join(this.root, INCOMING_DIR), { recursive: true, force: true });
    await fsp.mkdir(path.join(this.root, INCOMING_DIR), { recursive: true });
  }

  async createIncoming(): Promise<IncomingBlob> {
    const tempPath = path.join(this.root, INCOMING_DIR, randomBytes(12).toString('hex'));
    await fsp.writeFile(tempPath, '', { flag: 'wx', mode: 0o600 });
    return {
      path: tempPath,
      commit: async (key) => {
        const target = this.localPath(key);
        await fsp.mkdir(path.dirname(target), { recursive: true });
        await fsp.rename(tempPath, target);
      },
      discard: () => fsp.rm(tempPath, { force: true }),
    };
  }

  localPath(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
    return path.join(this.root, key);
  }

  async size(key: string): Promise<number | undefined> {
    try {
      const stat = await fsp.stat(this.localPath(key));
      return stat.isFile() ? stat.size : undefined;
    } catch {
      return undefined;
    }
  }

  read(key: string, range?: ByteRange): Readable {
    return fs.createReadStream(this.localPath(key), range ? { start: range.start, end: range.end } : {});
  }

  async write(key: string, data: string | Buffer): Promise<void> {
    const target = this.localPath(key);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await fsp.writeFile(temp, data, { mode: 0o600 });
    await fsp.rename(temp, target);
  }

  async remove(key: string): Promise<void> {
    await fsp.rm(this.localPath(key), { force: true });
  }

  async removePrefix(prefix: string): Promise<void> {
    await fsp.rm(this.localPath(prefix), { recursive: true, force: true });
  }
}
