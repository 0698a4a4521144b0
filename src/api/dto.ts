import type { ApiKey, StoredFile, User } from '../db/repositories/index.js';
import type { AccountSession } from '../services/accounts/index.js';

/** Mapping from domain objects to public JSON: the only place that decides what a client sees. */

export function userDto(user: User) {
  return { id: user.id, username: user.username, role: user.role, created_at: user.createdAt, updated_at: user.updatedAt };
}

export function sessionDto({ user, session }: AccountSession) {
  return {
    user: userDto(user),
    access_token: session.accessToken,
    token_type: 'Bearer' as const,
    expires_in: session.expiresIn,
    refresh_token: session.refreshToken,
    refresh_expires_at: session.refreshExpiresAt,
  };
}

export function apiKeyDto(key: ApiKey) {
  return {
    id: key.id,
    name: key.name,
    description: key.description,
    key_preview: key.keyPreview,
    is_active: key.isActive,
    last_used_at: key.lastUsedAt,
    created_at: key.createdAt,
    updated_at: key.updatedAt,
  };
}

export function fileDto(file: StoredFile) {
  return {
    id: file.id,
    title: file.title,
    kind: file.kind,
    status: file.status,
    mime_type: file.mimeType,
    size_bytes: file.sizeBytes,
    duration_seconds: file.durationSeconds,
    created_at: file.createdAt,
    updated_at: file.updatedAt,
  };
}
