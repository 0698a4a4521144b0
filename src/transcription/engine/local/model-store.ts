import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { EngineError } from '../provider.js';
import type { CatalogEntry, ModelSource } from './catalog.js';
import { extractTarBz2 } from './extract.js';

const MARKER = '.scriberr-model.json';

/** An ONNX model is a protobuf ModelProto: it opens with field 1 (ir_version), a varint, byte 0x08. */
function looksLikeOnnx(file: string): boolean {
  const head = Buffer.alloc(1);
  const fd = fs.openSync(file, 'r');
  try {
    return fs.readSync(fd, head, 0, 1, 0) === 1 && head[0] === 0x08 && fs.fstatSync(fd).size > 64;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The model cache on disk (SPEECH_ENGINE_CACHE_DIR):
 * - `<id>/` an installed model: its files plus a marker written last, so a directory without
 *   the marker (a crash mid-install) is never used;
 * - `.downloads/` source archives, `*.part` while incomplete (resumable);
 * - `.staging/` models being assembled, moved into place with one rename.
 */
export class ModelStore {
  constructor(
    readonly root: string,
    readonly catalog: readonly CatalogEntry[],
  ) {}

  entry(id: string): CatalogEntry | undefined {
    return this.catalog.find((e) => e.id === id);
  }

  dir(id: string): string {
    return path.join(this.root, id);
  }

  get downloadsDir(): string {
    return path.join(this.root, '.downloads');
  }

  isInstalled(id: string): boolean {
    const entry = this.entry(id);
    if (!entry || !fs.existsSync(path.join(this.dir(id), MARKER))) return false;
    return Object.values(entry.files).every((file) => fs.existsSync(path.join(this.dir(id), file)));
  }

  /** Absolute paths of an installed model's files by role. */
  files(id: string): Record<string, string> {
    const entry = this.entry(id);
    if (!entry || !this.isInstalled(id)) throw new EngineError('MODEL_NOT_INSTALLED', `The model ${id} is not installed.`);
    return Object.fromEntries(Object.entries(entry.files).map(([role, file]) => [role, path.join(this.dir(id), file)]));
  }

  /** Where a completely downloaded source lives (whether or not it exists yet). */
  sourcePath(source: ModelSource): string {
    return path.join(this.downloadsDir, source.file);
  }

  /**
   * Assembles a model from its downloaded sources and moves it into place atomically. The
   * sources are deleted afterwards, also when they turn out to be unusable, so a bad archive
   * is downloaded again rather than tried forever.
   */
  async install(id: string, signal?: AbortSignal): Promise<void> {
    const entry = this.entry(id);
    if (!entry) throw new EngineError('MODEL_NOT_FOUND', `Unknown model "${id}".`);
    const staging = path.join(this.root, '.staging', `${id}-${randomBytes(4).toString('hex')}`);
    await fsp.mkdir(staging, { recursive: true });
    try {
      for (const source of entry.sources) {
        const file = this.sourcePath(source);
        if (source.kind === 'file') await fsp.copyFile(file, path.join(staging, source.file));
        else {
          try {
            await extractTarBz2(file, staging, signal);
          } catch (err) {
            throw new EngineError('MODEL_DOWNLOAD_FAILED', `${source.file} could not be unpacked: it is not an intact .tar.bz2 model archive.`, true, { cause: err });
          }
        }
      }
      await this.finishInstall(entry, staging);
    } finally {
      for (const source of entry.sources) await fsp.rm(this.sourcePath(source), { force: true });
      await fsp.rm(staging, { recursive: true, force: true });
    }
  }

  /** Installs a model from a directory holding its files (an archive a user extracted by hand). */
  async installFromDirectory(id: string, directory: string): Promise<void> {
    const entry = this.entry(id);
    if (!entry) throw new EngineError('MODEL_NOT_FOUND', `Unknown model "${id}".`);
    const missing = Object.values(entry.files).filter((file) => !fs.existsSync(path.join(directory, file)));
    if (missing.length > 0) throw new EngineError('MODEL_NOT_FOUND', `The directory does not hold model ${id}: missing ${missing.join(', ')}.`);
    const staging = path.join(this.root, '.staging', `${id}-${randomBytes(4).toString('hex')}`);
    await fsp.mkdir(staging, { recursive: true });
    try {
      for (const file of Object.values(entry.files)) await fsp.copyFile(path.join(directory, file), path.join(staging, file));
      await this.finishInstall(entry, staging);
    } finally {
      await fsp.rm(staging, { recursive: true, force: true });
    }
  }

  /**
   * Imports an upstream archive or model file copied by hand (air-gapped installs): it is
   * filed as a finished download, and every model whose sources are then all present is
   * installed. Returns the ids installed.
   */
  async importFile(file: string): Promise<string[]> {
    const name = path.basename(file);
    const owners = this.catalog.filter((entry) => entry.sources.some((source) => source.file === name));
    if (owners.length === 0) throw new EngineError('MODEL_NOT_FOUND', `"${name}" is not the archive of any known model.`);
    await fsp.mkdir(this.downloadsDir, { recursive: true });
    await fsp.copyFile(file, path.join(this.downloadsDir, name));
    const installed: string[] = [];
    try {
      for (const entry of owners) {
        if (entry.sources.every((source) => fs.existsSync(this.sourcePath(source)))) {
          await this.install(entry.id);
          installed.push(entry.id);
        }
      }
    } catch (err) {
      // A file that failed to install must not be mistaken for a finished download later.
      await fsp.rm(path.join(this.downloadsDir, name), { force: true });
      throw err;
    }
    return installed;
  }

  /** The model whose files are all in `directory`, if exactly one matches. */
  matchDirectory(directory: string): CatalogEntry | undefined {
    const matches = this.catalog.filter((entry) => Object.values(entry.files).every((file) => fs.existsSync(path.join(directory, file))));
    return matches.length === 1 ? matches[0] : undefined;
  }

  async remove(id: string): Promise<boolean> {
    const dir = this.dir(id);
    if (!fs.existsSync(dir)) return false;
    // Rename first so a half-deleted model is never mistaken for an installed one.
    const trash = path.join(this.root, '.staging', `trash-${id}-${randomBytes(4).toString('hex')}`);
    await fsp.mkdir(path.dirname(trash), { recursive: true });
    await fsp.rename(dir, trash);
    await fsp.rm(trash, { recursive: true, force: true });
    return true;
  }

  private async finishInstall(entry: CatalogEntry, staging: string): Promise<void> {
    const missing = Object.values(entry.files).filter((file) => !fs.existsSync(path.join(staging, file)));
    if (missing.length > 0) {
      throw new EngineError('MODEL_DOWNLOAD_FAILED', `The files of model ${entry.id} are incomplete (missing ${missing.join(', ')}).`);
    }
    // A damaged or mistaken file would otherwise surface later as an engine crash.
    const notOnnx = Object.values(entry.files).filter((file) => file.endsWith('.onnx') && !looksLikeOnnx(path.join(staging, file)));
    if (notOnnx.length > 0) {
      throw new EngineError('MODEL_DOWNLOAD_FAILED', `The files of model ${entry.id} are not ONNX models: ${notOnnx.join(', ')}.`);
    }
    await fsp.writeFile(path.join(staging, MARKER), JSON.stringify({ id: entry.id, installedAt: new Date().toISOString(), files: entry.files }));
    await fsp.rm(this.dir(entry.id), { recursive: true, force: true });
    await fsp.rename(staging, this.dir(entry.id));
  }
}
