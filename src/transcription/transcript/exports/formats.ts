import type { Transcript } from '../transcript.types.js';
import { buildCues } from './cues.js';
import { formatTimestamp } from './timestamps.js';

export const EXPORT_FORMATS = ['txt', 'srt', 'vtt', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  srt: 'application/x-subrip; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Plain text: one paragraph per speaker turn (`SPEAKER_00: …`), or per segment without speakers. */
export function toTxt(transcript: Transcript): string {
  if (transcript.segments.length === 0) return transcript.text.trim() ? `${transcript.text.trim()}\n` : '';
  const label = new Map(transcript.speakers.map((s) => [s.id, s.label]));
  const paragraphs: { speaker: string | undefined; text: string[] }[] = [];
  for (const segment of transcript.segments) {
    const last = paragraphs.at(-1);
    if (last && segment.speaker !== undefined && last.speaker === segment.speaker) last.text.push(segment.text);
    else paragraphs.push({ speaker: segment.speaker, text: [segment.text] });
  }
  return paragraphs
    .map((p) => `${p.speaker !== undefined ? `${label.get(p.speaker) ?? p.speaker}: ` : ''}${p.text.join(' ')}`)
    .join('\n\n')
    .concat('\n');
}

/** SubRip: numbered cues, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, speakers as a `NAME: ` prefix. */
export function toSrt(transcript: Transcript): string {
  return buildCues(transcript)
    .map((cue, i) => {
      const lines = [...cue.lines];
      if (cue.speaker !== undefined && lines[0] !== undefined) lines[0] = `${cue.speaker}: ${lines[0]}`;
      return `${i + 1}\n${formatTimestamp(cue.start, ',')} --> ${formatTimestamp(cue.end, ',')}\n${lines.join('\n')}\n`;
    })
    .join('\n');
}

function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** WebVTT: `WEBVTT` header, `HH:MM:SS.mmm` times, speakers as `<v NAME>` voice tags. */
export function toVtt(transcript: Transcript): string {
  const cues = buildCues(transcript).map((cue) => {
    const text = cue.lines.map(escapeVtt).join('\n');
    const body = cue.speaker !== undefined ? `<v ${escapeVtt(cue.speaker)}>${text}` : text;
    return `${formatTimestamp(cue.start, '.')} --> ${formatTimestamp(cue.end, '.')}\n${body}\n`;
  });
  return ['WEBVTT\n', ...cues].join('\n');
}

export function toJson(transcriptionId: string, transcript: Transcript): string {
  const { engine: _engine, ...rest } = transcript;
  return `${JSON.stringify({ transcription_id: transcriptionId, ...rest }, null, 2)}\n`;
}

export function exportTranscript(format: ExportFormat, transcriptionId: string, transcript: Transcript): string {
  switch (format) {
    case 'txt':
      return toTxt(transcript);
    case 'srt':
      return toSrt(transcript);
    case 'vtt':
      return toVtt(transcript);
    case 'json':
      return toJson(transcriptionId, transcript);
  }
}
