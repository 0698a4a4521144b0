export { MediaError, type MediaErrorKind } from './media-error.js';
export { locateMediaTools, systemMediaTools, bundledMediaTools, INSTALL_HINT, type MediaTools } from './media-tools.js';
export { probeMedia, type MediaInfo } from './probe.js';
export { decodeToWav16k } from './decode.js';
export { readWavInfo, readWavChunks, readWavSamples, type WavInfo } from './wav-reader.js';
export { safeInputArgs, fileInput, ALLOWED_DEMUXERS, ALLOWED_PROTOCOLS } from './safe-input.js';
