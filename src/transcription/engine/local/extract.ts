import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import unbzip2Stream from 'unbzip2-stream';

/**
 * Extracts a `.tar.bz2` into `target`, dropping the archive's top directory
 * (`sherpa-onnx-whisper-base/base-tokens.txt` → `base-tokens.txt`). Only regular files and
 * directories are written, and no entry may leave `target` (absolute paths, `..`, links).
 */
export async function extractTarBz2(archive: string, target: string, signal?: AbortSignal): Promise<string[]> {
  await fsp.mkdir(target, { recursive: true });
  const root = path.resolve(target);
  const written: string[] = [];
  const extract = tar.extract();
  extract.on('entry', (header, stream, next) => {
    const relative = header.name.split('/').slice(1).join('/');
    const destination = path.resolve(root, relative);
    const inside = destination.startsWith(root + path.sep);
    const drain = () => {
      stream.on('end', next);
      stream.resume();
    };
    if (!relative || !inside || path.isAbsolute(relative)) return drain();
    if (header.type === 'directory') {
      fs.mkdirSync(destination, { recursive: true });
      return drain();
    }
    if (header.type !== 'file') return drain();
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    written.push(relative);
    pipeline(stream, fs.createWriteStream(destination)).then(() => next(), next);
  });
  await pipeline(fs.createReadStream(archive), unbzip2Stream(), extract, { signal });
  return written;
}
