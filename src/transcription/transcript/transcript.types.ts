/** The canonical transcript (architecture §6): what is stored, served and exported. */

export interface TranscriptWord {
  start: number;
  end: number;
  word: string;
  speaker?: string;
}

export interface TranscriptSegment {
  id: string;
  start: number;
  end: number;
  text: string;
  speaker?: string;
}

export interface TranscriptSpeaker {
  id: string;
  label: string;
}

export interface Transcript {
  text: string;
  language: string | null;
  duration_seconds: number | null;
  segments: TranscriptSegment[];
  words: TranscriptWord[];
  speakers: TranscriptSpeaker[];
  engine?: { provider: string; transcription_model: string; diarization_model?: string };
}
