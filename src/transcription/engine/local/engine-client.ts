import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { EngineError, type EngineProgress } from '../provider.js';
import type { DiarizeRequest, HostMessage, TranscribeRequest } from './engine-protocol.js';

/** How long a canceled request may keep running (it stops between chunks) before its process is killed. */
const CANCEL_GRACE_MS = 3_000;
const STDERR_KEEP = 16 * 1024;

type Work = Omit<TranscribeRequest, 'id'> | Omit<DiarizeRequest, 'id'>;
type Reply = Extract<HostMessage, { type: 'transcribed' | 'diarized' }>;

interface Pending {
  /** What the request was working with, for the crash message. */
  subject: string;
  resolve: (reply: Reply) => void;
  reject: (err: EngineError) => void;
  onProgress?: EngineProgress | undefined;
}

/** The engine process entry: the compiled file next to this one, or the TypeScript source under tsx. */
function hostEntry(): { file: string; execArgv: string[] } {
  const self = fileURLToPath(import.meta.url);
  const typescript = self.endsWith('.ts');
  return { file: self.replace(/engine-client\.(ts|js)$/, `engine-host.${typescript ? 'ts' : 'js'}`), execArgv: typescript ? ['--import', 'tsx'] : [] };
}

/**
 * One engine process and the single request it runs. The process is started on demand and
 * started again after a crash; a crash fails the request in flight with ENGINE_CRASHED and
 * never reaches the server process.
 */
export class EngineProcess {
  private child: ChildProcess | undefined;
  private pending: { id: number; entry: Pending } | undefined;
  private nextId = 1;
  private stderr = '';

  constructor(private readonly logger: Logger) {}

  /** What the process wrote to stderr since the current request began (for CUDA fallback detection). */
  get diagnostics(): string {
    return this.stderr;
  }

  run(work: Work, signal: AbortSignal, onProgress?: EngineProgress): Promise<Reply> {
    if (signal.aborted) return Promise.reject(new EngineError('ABORTED', 'The work was canceled.'));
    if (this.pending) return Promise.reject(new Error('engine process is busy'));
    const child = this.start();
    const id = this.nextId++;
    this.stderr = '';
    return new Promise<Reply>((resolve, reject) => {
      let killTimer: NodeJS.Timeout | undefined;
      const onAbort = () => {
        child.send({ type: 'cancel', id });
        killTimer = setTimeout(() => {
          this.logger.warn({ requestId: id }, 'engine did not stop after cancel; killing it');
          this.kill();
        }, CANCEL_GRACE_MS);
      };
      const settle = () => {
        clearTimeout(killTimer);
        signal.removeEventListener('abort', onAbort);
        this.pending = undefined;
      };
      this.pending = {
        id,
        entry: {
          subject: work.type === 'transcribe' ? `model ${work.model.id}${work.vadModel ? ' (with the voice-activity model silero-vad)' : ''}` : 'the diarization model',
          onProgress,
          resolve: (reply) => {
            settle();
            resolve(reply);
          },
          reject: (err) => {
            settle();
            reject(signal.aborted ? new EngineError('ABORTED', 'The work was canceled.', false, { cause: err }) : err);
          },
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      child.send({ ...work, id });
    });
  }

  kill(): void {
    this.child?.kill('SIGKILL');
  }

  async close(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 2_000).unref();
    });
  }

  private start(): ChildProcess {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null && this.child.connected) return this.child;
    const { file, execArgv } = hostEntry();
    const child = fork(file, [], { execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced' });
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-STDERR_KEEP);
    });
    child.on('message', (message: HostMessage) => this.onMessage(message));
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const pending = this.pending;
      if (!pending) return;
      this.logger.error({ code, signal, stderr: this.stderr.slice(-2_000) }, 'engine process died during a request');
      pending.entry.reject(
        new EngineError(
          'ENGINE_CRASHED',
          `The speech engine crashed while processing this audio with ${pending.entry.subject}; a damaged model file or too little memory are the usual causes. The engine restarts for the next job; if this repeats, remove the model (\`npm run models -- remove <id>\`) and install it again.`,
          true,
        ),
      );
    });
    this.child = child;
    this.logger.info({ pid: child.pid }, 'engine process started');
    return child;
  }

  private onMessage(message: HostMessage): void {
    if (message.type === 'ready') return;
    const pending = this.pending;
    if (!pending || pending.id !== message.id) return;
    if (message.type === 'progress') pending.entry.onProgress?.(message.fraction);
    else if (message.type === 'failed') pending.entry.reject(new EngineError(message.code, message.message));
    else pending.entry.resolve(message);
  }
}

/** A pool of engine processes: one per job running at once, each running one request at a time. */
export class EnginePool {
  private readonly all: EngineProcess[] = [];
  private readonly idle: EngineProcess[] = [];
  private readonly waiters: ((engine: EngineProcess) => void)[] = [];

  constructor(
    private readonly size: number,
    private readonly logger: Logger,
  ) {}

  async run(work: Work, signal: AbortSignal, onProgress?: EngineProgress): Promise<{ reply: Reply; diagnostics: string }> {
    const engine = await this.acquire();
    try {
      const reply = await engine.run(work, signal, onProgress);
      return { reply, diagnostics: engine.diagnostics };
    } finally {
      this.release(engine);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((engine) => engine.close()));
  }

  private acquire(): Promise<EngineProcess> {
    const idle = this.idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.all.length < Math.max(1, this.size)) {
      const created = new EngineProcess(this.logger);
      this.all.push(created);
      return Promise.resolve(created);
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(engine: EngineProcess): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(engine);
    else this.idle.push(engine);
  }
}
