import { execFile } from 'node:child_process';
import { MediaError } from './media-error.js';

export interface RunToolOptions {
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  maxOutputBytes?: number;
}

export interface ToolFailure {
  exitCode: number | null;
  /** Raw stderr, for server logs only: never show it to a client. */
  stderr: string;
}

/**
 * Runs a media tool with an argument array (never a shell) and returns stdout. Timeouts and
 * aborts become MediaErrors; a non-zero exit is returned as a ToolFailure for the caller to
 * classify, because only the caller knows what a failure means.
 */
export function runTool(binary: string, args: string[], options: RunToolOptions): Promise<{ stdout: string } | ToolFailure> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new MediaError('aborted'));
      return;
    }
    const child = execFile(
      binary,
      args,
      {
        timeout: options.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: options.maxOutputBytes ?? 8 * 1024 * 1024,
        signal: options.signal,
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ stdout });
          return;
        }
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: unknown };
        if (failure.name === 'AbortError') reject(new MediaError('aborted', { cause: error }));
        else if (failure.killed) reject(new MediaError('timeout', { cause: error }));
        else if (failure.code === 'ENOENT' || failure.code === 'EACCES') reject(new MediaError('unavailable', { cause: error }));
        else resolve({ exitCode: typeof failure.code === 'number' ? failure.code : null, stderr: String(stderr) });
      },
    );
    child.stdin?.end();
  });
}

export function isToolFailure(result: { stdout: string } | ToolFailure): result is ToolFailure {
  return 'stderr' in result;
}
