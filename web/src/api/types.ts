import type { paths } from './schema.gen';

/** Response and request shapes, taken from the server's OpenAPI document (never copied by hand). */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Ok<P extends keyof paths, M extends keyof paths[P], S extends number = 200> = paths[P][M] extends { responses: infer R }
  ? S extends keyof R
    ? Json<R[S]>
    : never
  : never;
type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

export type Session = Ok<'/api/v1/auth/login', 'post'>;
export type User = Ok<'/api/v1/auth/me', 'get'>;
export type Transcription = Ok<'/api/v1/transcriptions/{id}', 'get'>;
export type TranscriptionPage = Ok<'/api/v1/transcriptions', 'get'>;
export type TranscriptionStatus = Transcription['status'];
export type JobOptions = NonNullable<Body<'/api/v1/transcriptions', 'post'>['options']>;
export type Transcript = Ok<'/api/v1/transcriptions/{id}/transcript', 'get'>;
export type TranscriptSegment = Transcript['segments'][number];
export type TranscriptWord = Transcript['words'][number];
export type Execution = Ok<'/api/v1/transcriptions/{id}/executions', 'get'>['items'][number];
export type FileItem = Ok<'/api/v1/files/{id}', 'get'>;
export type FilePage = Ok<'/api/v1/files', 'get'>;
export type Model = Ok<'/api/v1/models/transcription', 'get'>['items'][number];
export type Profile = Ok<'/api/v1/profiles/{id}', 'get'>;
export type ProfileInput = Body<'/api/v1/profiles', 'post'>;
export type Settings = Ok<'/api/v1/settings', 'get'>;
export type SettingsPatch = Body<'/api/v1/settings', 'patch'>;
export type ApiKey = Ok<'/api/v1/api-keys', 'get'>['items'][number];
export type CreatedApiKey = Ok<'/api/v1/api-keys', 'post', 201>;
export type QueueStats = Ok<'/api/v1/admin/queue', 'get'>;
export type ApiErrorBody = Json<paths['/api/v1/files']['get']['responses'][400]>;
