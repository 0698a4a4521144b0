import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { parseSort } from '../../db/keyset.js';
import type { FilesService } from '../../services/files.service.js';
import type { IdempotencyService } from '../../services/idempotency.service.js';
import { fileDto } from '../dto.js';
import { hashRequest, runIdempotent, sendStored } from '../idempotency.js';
import { sendMedia } from '../media-response.js';
import { MULTIPART_BODY } from '../validation.js';
import { uploadParts } from '../multipart.js';
import { principalOf } from '../plugins/auth.plugin.js';
import { errorResponses, IdempotencyHeaders, IdParams } from '../schemas/common.js';
import { FileDto, FileListDto, FileListQuery, PatchFileBody } from '../schemas/files.js';
import { MediaQuery } from '../schemas/transcriptions.js';

const tags = ['files'];
const SORTABLE = { created_at: {}, updated_at: {}, title: { nocase: true } };

// Documents the streamed multipart body for OpenAPI; the files service does the checking.
const UploadBody = Type.Object(
  {
    file: Type.Unsafe<unknown>({ type: 'string', format: 'binary', description: 'The audio or video file' }),
    title: Type.Optional(Type.String({ maxLength: 255, description: 'Defaults to the file name' })),
  },
  { [MULTIPART_BODY]: true },
);

export const filesRoutes: FastifyPluginAsyncTypebox<{ files: FilesService; idempotency: IdempotencyService }> = async (
  app,
  { files, idempotency },
) => {
  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Upload an audio or video file (multipart field "file", optional "title")',
        consumes: ['multipart/form-data'],
        headers: IdempotencyHeaders,
        body: UploadBody,
        response: { 201: FileDto, ...errorResponses(400, 401, 409, 413, 415, 422, 503) },
      },
    },
    async (request, reply) => {
      const upload = await files.receive(principalOf(request), uploadParts(request));
      const requestHash = hashRequest({ sha256: upload.sha256, size: upload.sizeBytes, title: upload.title });
      let result;
      try {
        result = await runIdempotent(request, idempotency, requestHash, async () => ({
          status: 201,
          body: fileDto(await files.upload(principalOf(request), upload)),
        }));
      } finally {
        await upload.discard();
      }
      return sendStored(reply, result);
    },
  );

  app.get(
    '/',
    { schema: { tags, summary: 'List files, newest first by default', querystring: FileListQuery, response: { 200: FileListDto, ...errorResponses(400, 401) } } },
    async (request) => {
      const { limit = 50, cursor, q, kind, status, transcribed, sort = '-created_at' } = request.query;
      const spec = parseSort(sort, SORTABLE);
      if (!spec) throw new Error(`sort ${sort} passed validation but is not sortable`);
      const page = files.list(principalOf(request), { limit, cursor, q, kind, status, transcribed, sort: { name: sort, spec } });
      return { items: page.items.map(fileDto), next_cursor: page.nextCursor };
    },
  );

  app.get(
    '/:id',
    { schema: { tags, summary: 'Get a file', params: IdParams, response: { 200: FileDto, ...errorResponses(401, 404) } } },
    async (request) => fileDto(files.get(principalOf(request), request.params.id)),
  );

  app.patch(
    '/:id',
    { schema: { tags, summary: "Change a file's title", params: IdParams, body: PatchFileBody, response: { 200: FileDto, ...errorResponses(400, 401, 404) } } },
    async (request) => fileDto(files.rename(principalOf(request), request.params.id, request.body.title)),
  );

  app.delete(
    '/:id',
    { schema: { tags, summary: 'Delete a file and its stored media', params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 404) } } },
    async (request, reply) => {
      await files.delete(principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/:id/audio',
    {
      schema: {
        tags,
        summary: 'Stream the media (supports Range requests for seeking)',
        params: IdParams,
        querystring: MediaQuery,
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), 206: Type.Unsafe({ type: 'string', format: 'binary' }), ...errorResponses(401, 404, 416) },
      },
      config: { ticket: true },
    },
    async (request, reply) => sendMedia(request, reply, await files.openMedia(principalOf(request), request.params.id)),
  );
};
