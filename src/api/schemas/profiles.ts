import { Type } from 'typebox';
import { Nullable, NextCursor, StringEnum, Timestamp } from './common.js';
import { JobOptionsSchema } from './transcriptions.js';

export const ProfileDto = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  is_default: Type.Boolean(),
  options: JobOptionsSchema,
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const ProfileListDto = Type.Object({ items: Type.Array(ProfileDto), next_cursor: NextCursor });

const profileFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  is_default: Type.Optional(Type.Boolean()),
  options: Type.Optional(JobOptionsSchema),
};

export const CreateProfileBody = Type.Object(profileFields, { additionalProperties: false });
export const PatchProfileBody = Type.Object({ ...profileFields, name: Type.Optional(profileFields.name) }, { additionalProperties: false, minProperties: 1 });

export const SettingsDto = Type.Object({
  auto_transcription_enabled: Type.Boolean(),
  default_profile_id: Nullable(Type.String()),
  local_only: Type.Boolean(),
  max_upload_size_mb: Type.Integer(),
});

export const PatchSettingsBody = Type.Object(
  {
    auto_transcription_enabled: Type.Optional(Type.Boolean()),
    default_profile_id: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
    local_only: Type.Optional(Type.Boolean()),
    max_upload_size_mb: Type.Optional(Nullable(Type.Integer({ minimum: 1 }))),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ModelDto = Type.Object({
  id: Type.String(),
  name: Type.String(),
  provider: Type.String(),
  installed: Type.Boolean(),
  default: Type.Boolean({ description: 'Used when a job names no model' }),
  capabilities: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  size_bytes: Nullable(Type.Integer()),
  downloading: Type.Boolean({ description: 'A download of this model is in progress' }),
});

export const ModelActionDto = Type.Object({ id: Type.String(), status: StringEnum(['installed', 'downloading'] as const) });

export const QueueStatsDto = Type.Object({
  queued: Type.Integer(),
  processing: Type.Integer(),
  completed: Type.Integer(),
  failed: Type.Integer(),
  canceled: Type.Integer(),
  running_here: Type.Integer({ description: 'Jobs running in this server process' }),
  workers: Type.Integer({ description: 'Worker loops in this server process' }),
});
