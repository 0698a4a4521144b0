/** Why a media operation failed, in words safe to show a client (never tool output or paths). */
export type MediaErrorKind = 'unavailable' | 'not_media' | 'no_audio' | 'timeout' | 'aborted' | 'failed';

const MESSAGES: Record<MediaErrorKind, string> = {
  unavailable: 'Media tools (ffmpeg/ffprobe) are not installed on the server.',
  not_media: 'The file is not a decodable audio or video file.',
  no_audio: 'The file contains no audio stream.',
  timeout: 'Reading the media file took too long.',
  aborted: 'Reading the media file was canceled.',
  failed: 'The media file could not be processed.',
};

export class MediaError extends Error {
  constructor(readonly kind: MediaErrorKind, options?: { cause?: unknown }) {
    super(MESSAGES[kind], options);
    this.name = 'MediaError';
  }
}
