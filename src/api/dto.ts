import type { ApiKey, Execution, Profile, StoredFile, Transcription, User } from '../db/repositories/index.js';
import type { AccountSession } from '../services/accounts/index.js';
import type { UserSettings } from '../services/settings.service.js';
import type { ModelCapability } from '../transcription/engine/index.js';
import { resolveJobOptions } from '../transcription/job-options.js';
import type { Transcript } from '../transcription/transcript/index.js';

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

export function transcriptionDto(job: Transcription) {
  const options = resolveJobOptions([job.options], { model: job.options.model ?? 'unknown' });
  return {
    id: job.id,
    file_id: job.fileId,
    title: job.title,
    status: job.status,
    progress: job.progress,
    progress_stage: job.progressStage,
    attempts: job.attempts,
    options,
    profile_id: job.profileId,
    source_transcription_id: job.sourceTranscriptionId,
    error: job.status === 'failed' ? job.lastError : null,
    error_code: job.status === 'failed' ? job.errorCode : null,
    warnings: job.warnings,
    queued_at: job.queuedAt,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    failed_at: job.failedAt,
    canceled_at: job.canceledAt,
    created_at: job.createdAt,
    updated_at: job.updatedAt,
  };
}

export function transcriptDto(transcriptionId: string, transcript: Transcript) {
  return {
    transcription_id: transcriptionId,
    text: transcript.text,
    language: transcript.language,
    duration_seconds: transcript.duration_seconds,
    segments: transcript.segments,
    words: transcript.words,
    speakers: transcript.speakers,
  };
}

export function executionDto(execution: Execution) {
  const end = execution.completedAt ?? execution.failedAt;
  return {
    id: execution.id,
    transcription_id: execution.transcriptionId,
    status: execution.status,
    provider: execution.provider,
    model: execution.modelId,
    started_at: execution.startedAt,
    completed_at: execution.completedAt,
    failed_at: execution.failedAt,
    processing_duration_ms: end ? Math.max(0, Date.parse(end) - Date.parse(execution.startedAt)) : null,
    error: execution.errorMessage,
  };
}

export function profileDto(profile: Profile) {
  return {
    id: profile.id,
    name: profile.name,
    description: profile.description,
    is_default: profile.isDefault,
    options: profile.options,
    created_at: profile.createdAt,
    updated_at: profile.updatedAt,
  };
}

export function settingsDto(settings: UserSettings) {
  return {
    auto_transcription_enabled: settings.autoTranscriptionEnabled,
    default_profile_id: settings.defaultProfileId,
    local_only: settings.localOnly,
    max_upload_size_mb: settings.maxUploadSizeMb,
  };
}

export function modelDto(model: ModelCapability & { downloading?: boolean }, defaultModel: string) {
  return {
    id: model.id,
    name: model.name,
    provider: model.provider,
    installed: model.installed,
    default: model.id === defaultModel,
    capabilities: model.capabilities,
    languages: model.languages,
    size_bytes: model.sizeBytes,
    downloading: model.downloading ?? false,
  };
}
