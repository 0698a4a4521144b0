import { MediaError } from './media-error.js';
import type { MediaTools } from './media-tools.js';
import { isToolFailure, runTool } from './run-tool.js';
import { fileInput, safeInputArgs } from './safe-input.js';

const PROBE_TIMEOUT_MS = 30_000;
// Longer, as it reads the whole audio stream; only needed when the container has no duration.
const MEASURE_TIMEOUT_MS = 120_000;

export interface MediaInfo {
  kind: 'audio' | 'video';
  mimeType: string;
  /** ffprobe's demuxer name, e.g. `wav` or `mov,mp4,m4a,3gp,3g2,mj2`. */
  format: string;
  durationSeconds: number | null;
  audioCodec: string;
  audioStreams: number;
}

interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  duration?: string;
  disposition?: { attached_pic?: number };
}

interface ProbeOutput {
  format?: { format_name?: string; duration?: string };
  streams?: ProbeStream[];
}

function mimeTypeOf(format: string, codec: string, isVideo: boolean): string {
  const names = format.split(',');
  const base = isVideo ? 'video' : 'audio';
  if (names.includes('webm') || names.includes('matroska')) return codec === 'opus' || codec === 'vorbis' || names.includes('webm') ? `${base}/webm` : `${base}/x-matroska`;
  if (names.includes('mp4') || names.includes('mov')) return isVideo ? 'video/mp4' : 'audio/mp4';
  const byFormat: Record<string, string> = {
    wav: 'audio/wav', w64: 'audio/wav', mp3: 'audio/mpeg', ogg: `${base}/ogg`, flac: 'audio/flac',
    aac: 'audio/aac', aiff: 'audio/aiff', amr: 'audio/amr', au: 'audio/basic', caf: 'audio/x-caf',
    asf: isVideo ? 'video/x-ms-asf' : 'audio/x-ms-wma', avi: 'video/x-msvideo', flv: 'video/x-flv',
    mpeg: `${base}/mpeg`, mpegts: 'video/mp2t', wv: 'audio/wavpack', ac3: 'audio/ac3',
  };
  return byFormat[names[0] ?? ''] ?? (isVideo ? 'video/octet-stream' : 'audio/octet-stream');
}

function positive(value: string | undefined): number | null {
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Containers written by browsers (MediaRecorder WebM) often carry no duration: read the audio to measure it. */
async function measureDuration(tools: MediaTools, file: string, signal?: AbortSignal): Promise<number | null> {
  const result = await runTool(
    tools.ffmpegPath,
    ['-nostdin', '-hide_banner', '-v', 'error', ...safeInputArgs(), '-i', fileInput(file), '-map', '0:a:0', '-c', 'copy', '-f', 'null', '-progress', 'pipe:1', '-'],
    { timeoutMs: MEASURE_TIMEOUT_MS, signal },
  );
  if (isToolFailure(result)) return null;
  const times = [...result.stdout.matchAll(/^out_time_us=(\d+)$/gm)].map((m) => Number(m[1]));
  const last = times.at(-1);
  return last ? last / 1e6 : null;
}

/**
 * Identifies an uploaded file with ffprobe, under the safe-input rules. Throws a MediaError
 * whose message is fit for clients: `not_media` when ffprobe cannot read it, `no_audio` when it
 * is a real container without an audio stream.
 */
export async function probeMedia(tools: MediaTools, file: string, signal?: AbortSignal): Promise<MediaInfo> {
  const result = await runTool(
    tools.ffprobePath,
    ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...safeInputArgs(), '-i', fileInput(file)],
    { timeoutMs: PROBE_TIMEOUT_MS, signal },
  );
  if (isToolFailure(result)) throw new MediaError('not_media', { cause: new Error(result.stderr.slice(0, 2000)) });

  let output: ProbeOutput;
  try {
    output = JSON.parse(result.stdout) as ProbeOutput;
  } catch (cause) {
    throw new MediaError('not_media', { cause });
  }
  const format = output.format?.format_name;
  const streams = output.streams ?? [];
  if (!format) throw new MediaError('not_media');
  const audio = streams.filter((s) => s.codec_type === 'audio');
  const firstAudio = audio[0];
  if (!firstAudio) throw new MediaError('no_audio');
  // Cover art in an MP3 or M4A is a one-frame "video" stream: it does not make the file a video.
  const isVideo = streams.some((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audioCodec = firstAudio.codec_name ?? 'unknown';
  const durationSeconds =
    positive(output.format?.duration) ?? positive(firstAudio.duration) ?? (await measureDuration(tools, file, signal));
  return {
    kind: isVideo ? 'video' : 'audio',
    mimeType: mimeTypeOf(format, audioCodec, isVideo),
    format,
    durationSeconds,
    audioCodec,
    audioStreams: audio.length,
  };
}
