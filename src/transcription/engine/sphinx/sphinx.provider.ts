import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Logger } from 'pino';
import {
  EngineError,
  type DiarizationResult,
  type EngineProgress,
  type EngineProvider,
  type ModelCapability,
  type TranscriptionRequest,
  type TranscriptionResult,
} from '../provider.js';
import { parseSphinxLine, type SphinxWord } from './sphinx-output.js';

export const SPHINX_MODEL_ID = 'pocketsphinx-en-us';
const INSTALL_HINT = 'Install it with `sudo apt-get install pocketsphinx pocketsphinx-en-us`.';

export interface SphinxOptions {
  /** The decoder binary (Debian's `pocketsphinx` package). */
  binary?: string;
  /** The acoustic model, language model and dictionary (Debian's `pocketsphinx-en-us`). */
  modelDir?: string;
  logger?: Logger;
}

function onPath(binary: string): boolean {
  if (binary.includes('/')) return fs.existsSync(binary);
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, binary)));
}

/**
 * PocketSphinx from the system's packages: English only, word times, low accuracy, nothing to
 * download. It runs as its own process on the decoded 16 kHz WAV, is killed on cancel, and its
 * diagnostics never reach a client.
 */
export class SphinxProvider implements EngineProvider {
  readonly id = 'sphinx';
  private readonly binary: string;
  private readonly modelDir: string;

  constructor(private readonly options: SphinxOptions = {}) {
    this.binary = options.binary ?? 'pocketsphinx_continuous';
    this.modelDir = options.modelDir ?? '/usr/share/pocketsphinx/model/en-us';
  }

  installed(): boolean {
    return onPath(this.binary) && fs.existsSync(path.join(this.modelDir, 'en-us'));
  }

  async capabilities(): Promise<ModelCapability[]> {
    return [
      {
        id: SPHINX_MODEL_ID,
        name: 'PocketSphinx US English (fallback, low accuracy)',
        provider: this.id,
        installed: this.installed(),
        capabilities: ['transcription', 'word_timestamps'],
        languages: ['en'],
        sizeBytes: null,
      },
    ];
  }

  async prepare(modelId: string): Promise<void> {
    if (modelId !== SPHINX_MODEL_ID) throw new EngineError('MODEL_NOT_FOUND', `PocketSphinx has no model "${modelId}".`);
    if (!this.installed()) throw new EngineError('MODEL_NOT_INSTALLED', `The model ${SPHINX_MODEL_ID} is not installed. ${INSTALL_HINT}`);
  }

  async transcribe(request: TranscriptionRequest, signal: AbortSignal, onProgress?: EngineProgress): Promise<TranscriptionResult> {
    await this.prepare(request.modelId);
    if (request.audio.format !== 'wav16k') throw new EngineError('UNSUPPORTED', 'PocketSphinx needs audio decoded to 16 kHz WAV.');
    if (request.language && request.language !== 'en') throw new EngineError('UNSUPPORTED', `PocketSphinx only understands English, not "${request.language}".`);
    if (signal.aborted) throw new EngineError('ABORTED', 'The transcription was canceled.');
    const words = await this.run(request, signal, onProgress);
    return {
      text: words.map((w) => w.word).join(' '),
      language: 'en',
      durationSeconds: request.audio.durationSeconds,
      words,
    };
  }

  async diarize(): Promise<DiarizationResult> {
    throw new EngineError('UNSUPPORTED', 'PocketSphinx cannot label speakers.');
  }

  async close(): Promise<void> {}

  private run(request: TranscriptionRequest, signal: AbortSignal, onProgress?: EngineProgress): Promise<SphinxWord[]> {
    const model = (name: string) => path.join(this.modelDir, name);
    const args = ['-infile', request.audio.path, '-time', 'yes', '-logfn', '/dev/null', '-hmm', model('en-us'), '-lm', model('en-us.lm.bin'), '-dict', model('cmudict-en-us.dict')];
    return new Promise((resolve, reject) => {
      const child = spawn(this.binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const words: SphinxWord[] = [];
      let stderr = '';
      const duration = request.audio.durationSeconds ?? 0;
      const onAbort = () => child.kill('SIGKILL');
      signal.addEventListener('abort', onAbort, { once: true });
      child.stderr.on('data', (chunk: Buffer) => {
        if (stderr.length < 4096) stderr += chunk.toString();
      });
      readline.createInterface({ input: child.stdout }).on('line', (line) => {
        const word = parseSphinxLine(line);
        if (!word) return;
        words.push(word);
        if (duration > 0) onProgress?.(Math.min(1, word.end / duration));
      });
      child.on('error', (err) => {
        signal.removeEventListener('abort', onAbort);
        reject(new EngineError('MODEL_NOT_INSTALLED', `PocketSphinx could not be started. ${INSTALL_HINT}`, false, { cause: err }));
      });
      child.on('close', (code, killedBy) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) reject(new EngineError('ABORTED', 'The transcription was canceled.'));
        else if (code !== 0) {
          this.options.logger?.warn({ code, killedBy, stderr }, 'pocketsphinx failed');
          reject(new EngineError('ENGINE_FAILED', `PocketSphinx failed (exit code ${code ?? killedBy ?? 'unknown'}).`));
        } else {
          onProgress?.(1);
          resolve(words.sort((a, b) => a.start - b.start));
        }
      });
    });
  }
}
