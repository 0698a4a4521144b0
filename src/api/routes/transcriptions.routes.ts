import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import contentDisposition from 'content-disposition';
import { Type } from 'typebox';
import { parseSort } from '../../db/keyset.js';
import type { JobOptions } from '../../db/repositories/index.js';
import type { FilesService } from '../../services/files.service.js';
import type { IdempotencyService } from '../../services/idempotency.service.js';
import type { TranscriptionsService } from '../../services/transcriptions.service.js';
import { validationError } from '../../shared/errors.js';
import { executionDto, transcriptDto, transcriptionDto } from '../dto.js';
import { hashRequest, runIdempotent, sendIdempotent, sendStored } from '../idempotency.js';
import { sendMedia } from '../media-response.js';
import { uploadParts } from '../multipart.js';
import { principalOf } from '../plugins/auth.plugin.js';
import { errorResponses, IdempotencyHeaders, IdParams, StringEnum } from '../schemas/common.js';
import { EXPORT_FORMATS } from '../../transcription/transcript/exports/index.js';
import {
  CancelDto,
  CreateTranscriptionBody,
  ExecutionListDto,
  JobOptionsSchema,
  MediaQuery,
  PageOnlyQuery,
  RetryBody,
  StreamQuery,
  TranscriptDto,
  TranscriptionDto,
  TranscriptionListDto,
  TranscriptionListQuery,
} from '../schemas/transcriptions.js';
import type { SseHub } from '../sse.js';
import { checkAgainst, MULTIPART_BODY } from '../validation.js';

const tags = ['transcriptions'];
const SORTABLE = { created_at: {}, updated_at: {}, title: { nocase: true } };
// Ids in the `{id}:action` routes: the regex keeps the router from taking ":cancel" into the id.
const ID = ':id(^[A-Za-z0-9_-]+)';
const Binary = Type.Unsafe({ type: 'string', format: 'binary' });

const SubmitBody = Type.Object(
  {
    file: Type.Unsafe<unknown>({ type: 'string', format: 'binary', description: 'The audio or video file' }),
    title: Type.Optional(Type.String({ maxLength: 255 })),
    profile_id: Type.Optional(Type.String({ maxLength: 64 })),
    options: Type.Optional(Type.String({ description: 'Job options as a JSON string, e.g. {"language":"en"}' })),
  },
  { [MULTIPART_BODY]: true },
);

export interface TranscriptionRoutesOptions {
  transcriptions: TranscriptionsService;
  files: FilesService;
  idempotency: IdempotencyService;
  sse: SseHub;
}

function parseOptionsField(text: string | undefined): JobOptions | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw validationError('options', 'options must be a JSON object, e.g. {"language":"en"}.');
  }
  return checkAgainst<JobOptions>(JobOptionsSchema, value, 'options');
}

export const transcriptionsRoutes: FastifyPluginAsyncTypebox<TranscriptionRoutesOptions> = async (app, { transcriptions, files, idempotency, sse }) => {
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Queue a transcription of an uploaded file (202)',
        headers: IdempotencyHeaders,
        body: CreateTranscriptionBody,
        response: { 202: TranscriptionDto, ...errorResponses(400, 401, 404, 409, 422, 503) },
      },
    },
    async (request, reply) =>
      sendIdempotent(request, reply, idempotency, hashRequest(request.body), async () => {
        const { file_id: fileId, title, profile_id: profileId, options } = request.body;
        const job = await transcriptions.create(principalOf(request), { fileId, title, profileId, options });
        return { status: 202, body: transcriptionDto(job) };
      }),
  );

  app.post(
    '::submit',
    {
      schema: {
        tags,
        summary: 'Upload a file and queue its transcription in one call (multipart: file, title, profile_id, options as JSON)',
        consumes: ['multipart/form-data'],
        headers: IdempotencyHeaders,
        body: SubmitBody,
        response: { 202: TranscriptionDto, ...errorResponses(400, 401, 409, 413, 415, 422, 503) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const upload = await files.receive(principal, uploadParts(request), ['title', 'options', 'profile_id']);
      let result;
      try {
        const options = parseOptionsField(upload.fields.options);
        const profileId = upload.fields.profile_id || undefined;
        const requestHash = hashRequest({ sha256: upload.sha256, size: upload.sizeBytes, title: upload.title, options, profileId });
        result = await runIdempotent(request, idempotency, requestHash, async () => ({
          status: 202,
          body: transcriptionDto(await transcriptions.submit(principal, upload, { title: upload.fields.title, profileId, options })),
        }));
      } finally {
        await upload.discard();
      }
      return sendStored(reply, result);
    },
  );

  app.get(
    '/',
    { schema: { tags, summary: 'List transcriptions, newest first by default', querystring: TranscriptionListQuery, response: { 200: TranscriptionListDto, ...errorResponses(400, 401) } } },
    async (request) => {
      const { limit = 50, cursor, q, status, file_id: fileId, updated_after: updatedAfter, sort = '-created_at' } = request.query;
      const spec = parseSort(sort, SORTABLE);
      if (!spec) throw new Error(`sort ${sort} passed validation but is not sortable`);
      const page = transcriptions.list(principalOf(request), { limit, cursor, q, status, fileId, updatedAfter, sort: { name: sort, spec } });
      return { items: page.items.map(transcriptionDto), next_cursor: page.nextCursor };
    },
  );

  app.get(
    `/${ID}`,
    { schema: { tags, summary: 'Get a transcription with its progress', params: IdParams, response: { 200: TranscriptionDto, ...errorResponses(401, 404) } } },
    async (request) => transcriptionDto(transcriptions.get(principalOf(request), request.params.id)),
  );

  app.patch(
    `/${ID}`,
    {
      schema: {
        tags,
        summary: "Change a transcription's title",
        params: IdParams,
        body: Type.Object({ title: Type.String({ minLength: 1, maxLength: 255 }) }, { additionalProperties: false }),
        response: { 200: TranscriptionDto, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => transcriptionDto(transcriptions.rename(principalOf(request), request.params.id, request.body.title)),
  );

  app.delete(
    `/${ID}`,
    { schema: { tags, summary: 'Delete a transcription (canceling it if it runs) and its transcript files', params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 404) } } },
    async (request, reply) => {
      await transcriptions.delete(principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `/${ID}::cancel`,
    { schema: { tags, summary: 'Cancel a queued or running transcription', params: IdParams, response: { 200: CancelDto, ...errorResponses(401, 404, 409) } } },
    async (request) => {
      const job = transcriptions.cancel(principalOf(request), request.params.id);
      return { id: job.id, status: job.status };
    },
  );

  app.post(
    `/${ID}::retry`,
    {
      schema: {
        tags,
        summary: 'Run a finished, failed or canceled transcription again as a new job, optionally with changed options',
        description: 'The new job keeps the options of the one it retries; `options` in the body replace single ones (for example another model). One retry of a job runs at a time.',
        params: IdParams,
        body: RetryBody,
        response: { 202: TranscriptionDto, ...errorResponses(400, 401, 404, 409, 422, 503) },
      },
      // The body is optional: a bare POST retries with the same options.
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request, reply) =>
      reply.code(202).send(transcriptionDto(await transcriptions.retry(principalOf(request), request.params.id, request.body.options))),
  );

  app.get(
    `/${ID}/transcript`,
    { schema: { tags, summary: 'The transcript of a completed transcription', params: IdParams, response: { 200: TranscriptDto, ...errorResponses(401, 404, 409) } } },
    async (request) => transcriptDto(request.params.id, transcriptions.transcript(principalOf(request), request.params.id)),
  );

  app.get(
    `/${ID}/export`,
    {
      schema: {
        tags,
        summary: 'Download the transcript as TXT, SRT, VTT or JSON',
        params: IdParams,
        querystring: Type.Object({ format: StringEnum(EXPORT_FORMATS), ticket: Type.Optional(Type.String({ maxLength: 2048 })) }, { additionalProperties: false }),
        produces: ['text/plain', 'application/x-subrip', 'text/vtt', 'application/json'],
        response: { 200: Type.String(), ...errorResponses(400, 401, 404, 409) },
      },
      // Downloads started by a link cannot send headers either.
      config: { ticket: true },
    },
    async (request, reply) => {
      const file = transcriptions.exportAs(principalOf(request), request.params.id, request.query.format);
      return reply.type(file.contentType).header('content-disposition', contentDisposition(file.fileName)).send(file.body);
    },
  );

  app.get(
    `/${ID}/audio`,
    {
      schema: { tags, summary: 'Stream the source media (supports Range)', params: IdParams, querystring: MediaQuery, response: { 200: Binary, 206: Binary, ...errorResponses(401, 404, 416) } },
      config: { ticket: true },
    },
    async (request, reply) => sendMedia(request, reply, await transcriptions.openMedia(principalOf(request), request.params.id)),
  );

  app.get(
    `/${ID}/events`,
    {
      schema: { tags, summary: 'Live events of one transcription (text/event-stream)', params: IdParams, querystring: StreamQuery, produces: ['text/event-stream'] },
      config: { ticket: true },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const job = transcriptions.get(principal, request.params.id);
      sse.stream(request, reply, { userId: principal.userId, subject: job.id });
    },
  );

  app.get(
    `/${ID}/logs`,
    {
      schema: { tags, summary: 'The job log as text', params: IdParams, produces: ['text/plain'], response: { 200: Type.String(), ...errorResponses(401, 404) } },
    },
    async (request, reply) => reply.type('text/plain; charset=utf-8').send(transcriptions.logText(principalOf(request), request.params.id)),
  );

  app.get(
    `/${ID}/executions`,
    { schema: { tags, summary: 'Attempts of a transcription, oldest first', params: IdParams, querystring: PageOnlyQuery, response: { 200: ExecutionListDto, ...errorResponses(400, 401, 404) } } },
    async (request) => {
      const page = transcriptions.executions(principalOf(request), request.params.id, request.query.limit ?? 50, request.query.cursor);
      return { items: page.items.map(executionDto), next_cursor: page.nextCursor };
    },
  );
};
