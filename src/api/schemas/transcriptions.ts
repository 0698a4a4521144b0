import { Type } from 'typebox';
import { Nullable, NextCursor, PageQuery, StringEnum, Timestamp } from './common.js';

export const TRANSCRIPTION_STATUSES = ['queued', 'processing', 'completed', 'failed', 'canceled'] as const;
export const TRANSCRIPTION_SORTS = ['created_at', '-created_at', 'updated_at', '-updated_at', 'title', '-title'] as const;

const Speakers = Type.Integer({ minimum: 1, maximum: 50 });

/** Options a client may set for a job (or store in a profile); everything left out is resolved later. */
export const JobOptionsSchema = Type.Object(
  {
    model: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'A model id from GET /models/transcription' })),
    language: Type.Optional(Type.String({ minLength: 2, maxLength: 12, description: 'ISO 639-1 code such as "en", or "auto" to detect' })),
    task: Type.Optional(StringEnum(['transcribe', 'translate'] as const, { description: '"translate" produces English text' })),
    diarization: Type.Optional(Type.Boolean({ description: 'Label speakers' })),
    num_speakers: Type.Optional(Speakers),
    min_speakers: Type.Optional(Speakers),
    max_speakers: Type.Optional(Speakers),
  },
  { additionalProperties: false },
);

export const ResolvedOptionsDto = Type.Object({
  model: Type.String(),
  language: Type.String(),
  task: StringEnum(['transcribe', 'translate'] as const),
  diarization: Type.Boolean(),
  num_speakers: Type.Optional(Type.Integer()),
  min_speakers: Type.Optional(Type.Integer()),
  max_speakers: Type.Optional(Type.Integer()),
});

export const TranscriptionDto = Type.Object({
  id: Type.String(),
  file_id: Type.String(),
  title: Type.String(),
  status: StringEnum(TRANSCRIPTION_STATUSES),
  progress: Type.Number({ minimum: 0, maximum: 1 }),
  progress_stage: Nullable(Type.String()),
  attempts: Type.Integer(),
  options: ResolvedOptionsDto,
  profile_id: Nullable(Type.String()),
  source_transcription_id: Nullable(Type.String()),
  error: Nullable(Type.String({ description: 'Why the job failed (sanitized)' })),
  error_code: Nullable(Type.String({ description: 'Stable code of the failure: MODEL_NOT_INSTALLED, MODEL_DOWNLOAD_FAILED, ENGINE_CRASHED, AUDIO_DECODE_FAILED, …' })),
  warnings: Type.Array(Type.String(), { description: 'What a completed job had to do without (for example speaker labels)' }),
  queued_at: Nullable(Timestamp),
  started_at: Nullable(Timestamp),
  completed_at: Nullable(Timestamp),
  failed_at: Nullable(Timestamp),
  canceled_at: Nullable(Timestamp),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const CreateTranscriptionBody = Type.Object(
  {
    file_id: Type.String({ minLength: 1, maxLength: 64 }),
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    profile_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    options: Type.Optional(JobOptionsSchema),
  },
  { additionalProperties: false },
);

export const RetryBody = Type.Object({ options: Type.Optional(JobOptionsSchema) }, { additionalProperties: false });

export const TranscriptionListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Case-insensitive text to find in titles' })),
    status: Type.Optional(StringEnum(TRANSCRIPTION_STATUSES)),
    file_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Only transcriptions of this uploaded file' })),
    updated_after: Type.Optional(Type.String({ format: 'date-time', description: 'Only jobs changed after this time' })),
    sort: Type.Optional(StringEnum(TRANSCRIPTION_SORTS, { default: '-created_at' })),
  },
  { additionalProperties: false },
);

export const TranscriptionListDto = Type.Object({ items: Type.Array(TranscriptionDto), next_cursor: NextCursor });

const Word = Type.Object({ start: Type.Number(), end: Type.Number(), word: Type.String(), speaker: Type.Optional(Type.String()) });
const Segment = Type.Object({ id: Type.String(), start: Type.Number(), end: Type.Number(), text: Type.String(), speaker: Type.Optional(Type.String()) });

export const TranscriptDto = Type.Object({
  transcription_id: Type.String(),
  text: Type.String(),
  language: Nullable(Type.String()),
  duration_seconds: Nullable(Type.Number()),
  segments: Type.Array(Segment),
  words: Type.Array(Word),
  speakers: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })),
});

export const CancelDto = Type.Object({ id: Type.String(), status: StringEnum(TRANSCRIPTION_STATUSES) });

export const ExecutionDto = Type.Object({
  id: Type.String(),
  transcription_id: Type.String(),
  status: StringEnum(['processing', 'completed', 'failed', 'canceled'] as const),
  provider: Nullable(Type.String()),
  model: Nullable(Type.String()),
  started_at: Timestamp,
  completed_at: Nullable(Timestamp),
  failed_at: Nullable(Timestamp),
  processing_duration_ms: Nullable(Type.Integer()),
  error: Nullable(Type.String()),
});

export const ExecutionListDto = Type.Object({ items: Type.Array(ExecutionDto), next_cursor: NextCursor });
export const PageOnlyQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

const Ticket = Type.String({ maxLength: 2048, description: 'A stream ticket (POST /auth/stream-ticket), for clients that cannot send headers (EventSource, <audio>)' });

export const StreamQuery = Type.Object(
  {
    ticket: Type.Optional(Ticket),
    last_event_id: Type.Optional(Type.String({ maxLength: 64, description: 'Resume after this event (same as the Last-Event-ID header)' })),
  },
  { additionalProperties: false },
);

export const MediaQuery = Type.Object({ ticket: Type.Optional(Ticket) }, { additionalProperties: false });
