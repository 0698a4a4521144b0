export { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportTranscript, toJson, toSrt, toTxt, toVtt, type ExportFormat } from './formats.js';
export { buildCues, wrapLines, type Cue } from './cues.js';
export { formatTimestamp } from './timestamps.js';
