import { Type } from 'typebox';
import { StringEnum, Timestamp } from './common.js';

export const Username = Type.String({
  minLength: 3,
  maxLength: 64,
  pattern: '^[\\p{L}\\p{N}._@-]+$',
  description: '3–64 letters, digits or . _ @ -',
});
export const Password = Type.String({ minLength: 8, maxLength: 256, description: '8–256 characters' });

export const UserDto = Type.Object({
  id: Type.String(),
  username: Type.String(),
  role: StringEnum(['admin', 'user'] as const),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const SessionDto = Type.Object({
  user: UserDto,
  access_token: Type.String(),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer({ description: 'Seconds until the access token expires' }),
  refresh_token: Type.String(),
  refresh_expires_at: Timestamp,
});

export const Credentials = Type.Object({ username: Username, password: Password }, { additionalProperties: false });
/** Login accepts any non-empty password: length rules apply when one is set, not when it is checked. */
export const LoginBody = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) },
  { additionalProperties: false },
);
export const RefreshBody = Type.Object({ refresh_token: Type.String({ minLength: 1, maxLength: 512 }) }, { additionalProperties: false });
export const LogoutBody = Type.Object({ refresh_token: Type.Optional(Type.String({ maxLength: 512 })) }, { additionalProperties: false });
export const ChangePasswordBody = Type.Object(
  { current_password: Type.String({ minLength: 1, maxLength: 256 }), new_password: Password },
  { additionalProperties: false },
);
export const ChangeUsernameBody = Type.Object({ username: Username }, { additionalProperties: false });
export const RegistrationStatusDto = Type.Object({ registration_open: Type.Boolean() });

export const ApiKeyDto = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  key_preview: Type.String({ description: 'Like sk_…abcd; the full key is shown only once, at creation' }),
  is_active: Type.Boolean(),
  last_used_at: Type.Union([Timestamp, Type.Null()]),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export const CreatedApiKeyDto = Type.Object({
  ...ApiKeyDto.properties,
  key: Type.String({ description: 'The raw API key. Store it now: it cannot be shown again.' }),
});
export const CreateApiKeyBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), description: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
