import { Type } from 'typebox';
import { Nullable, NextCursor, PageQuery, StringEnum, Timestamp } from './common.js';

export const FILE_KINDS = ['audio', 'video', 'youtube'] as const;
export const FILE_STATUSES = ['uploaded', 'processing', 'ready', 'failed'] as const;
export const FILE_SORTS = ['created_at', '-created_at', 'updated_at', '-updated_at', 'title', '-title'] as const;

export const Title = Type.String({ minLength: 1, maxLength: 255 });

export const FileDto = Type.Object({
  id: Type.String(),
  title: Type.String(),
  kind: StringEnum(FILE_KINDS),
  status: StringEnum(FILE_STATUSES),
  mime_type: Nullable(Type.String()),
  size_bytes: Nullable(Type.Integer()),
  duration_seconds: Nullable(Type.Number()),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const FileListQuery = Type.Object(
  {
    ...PageQuery,
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Case-insensitive text to find in titles' })),
    kind: Type.Optional(StringEnum(FILE_KINDS)),
    status: Type.Optional(StringEnum(FILE_STATUSES)),
    transcribed: Type.Optional(Type.Boolean({ description: 'Only files that have (true) or have not (false) been transcribed' })),
    sort: Type.Optional(StringEnum(FILE_SORTS, { default: '-created_at', description: 'Field to sort by; a leading - sorts descending' })),
  },
  { additionalProperties: false },
);

export const FileListDto = Type.Object({ items: Type.Array(FileDto), next_cursor: NextCursor });

export const PatchFileBody = Type.Object({ title: Title }, { additionalProperties: false });
