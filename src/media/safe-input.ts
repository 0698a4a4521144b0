/**
 * Input options that keep ffmpeg/ffprobe inside the one file they were given.
 *
 * Without them a crafted upload could be an HLS or concat playlist that makes ffmpeg fetch
 * URLs (server-side request forgery) or read other local files into a transcript. Two guards:
 * only the `file` protocol may be opened, and only real audio/video container demuxers may be
 * used (no playlist, concat, image-sequence or device demuxers).
 */
export const ALLOWED_PROTOCOLS = ['file'] as const;

export const ALLOWED_DEMUXERS = [
  'aac', 'ac3', 'aiff', 'amr', 'ape', 'asf', 'au', 'avi', 'caf', 'dsf', 'dts', 'eac3', 'flac', 'flv',
  'gsm', 'loas', 'matroska', 'mov', 'mp3', 'mpc', 'mpc8', 'mpeg', 'mpegts', 'mxf', 'nut', 'ogg', 'rm',
  'truehd', 'tta', 'voc', 'w64', 'wav', 'wv',
] as const;

/** Arguments to put before `-i` for any untrusted input. */
export function safeInputArgs(): string[] {
  return ['-protocol_whitelist', ALLOWED_PROTOCOLS.join(','), '-format_whitelist', ALLOWED_DEMUXERS.join(',')];
}

/** The input URL for a local file: an explicit `file:` scheme so no name can be read as another protocol. */
export function fileInput(absolutePath: string): string {
  return `file:${absolutePath}`;
}
