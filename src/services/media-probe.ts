import type { MediaInfo } from '../media/index.js';

/** What the files service needs from the media layer; `undefined` tools mean ffprobe is missing. */
export interface MediaProbe {
  readonly available: boolean;
  probe(localPath: string, signal?: AbortSignal): Promise<MediaInfo>;
}
