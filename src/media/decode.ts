import { MediaError } from './media-error.js';
import type { MediaTools } from './media-tools.js';
import { isToolFailure, runTool } from './run-tool.js';
import { fileInput, safeInputArgs } from './safe-input.js';

// Decoding runs far faster than real time; the floor covers process start-up on a busy machine.
const MIN_DECODE_TIMEOUT_MS = 60_000;
const DECODE_TIMEOUT_PER_AUDIO_SECOND_MS = 100;

/**
 * Decodes the first audio stream of any accepted input to 16 kHz mono 16-bit PCM WAV (what
 * speech engines want), under the safe-input rules. Streams through ffmpeg: memory does not
 * grow with the input's length.
 */
export async function decodeToWav16k(
  tools: MediaTools,
  input: string,
  output: string,
  options: { signal?: AbortSignal | undefined; durationSeconds?: number | null | undefined } = {},
): Promise<void> {
  const timeoutMs = Math.ceil(Math.max(MIN_DECODE_TIMEOUT_MS, (options.durationSeconds ?? 0) * DECODE_TIMEOUT_PER_AUDIO_SECOND_MS));
  const result = await runTool(
    tools.ffmpegPath,
    [
      '-nostdin', '-hide_banner', '-v', 'error', '-y',
      ...safeInputArgs(),
      '-i', fileInput(input),
      '-map', '0:a:0', '-vn', '-sn', '-dn',
      '-ac', '1', '-ar', '16000', '-c:a', 'pcm_s16le', '-f', 'wav',
      fileInput(output),
    ],
    { timeoutMs, signal: options.signal, maxOutputBytes: 1024 * 1024 },
  );
  if (isToolFailure(result)) throw new MediaError('not_media', { cause: new Error(result.stderr.slice(0, 2000)) });
}
