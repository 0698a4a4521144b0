export type { Transcript, TranscriptSegment, TranscriptSpeaker, TranscriptWord } from './transcript.types.js';
export { buildTranscript, type RawTranscription } from './build-transcript.js';
export { parseStoredTranscript } from './parse-stored.js';
export { mergeSpeakers, speakerFor, type SpeakerTurn } from './speaker-merge.js';
export { segmentsFromWords, joinWords } from './segments-from-words.js';
