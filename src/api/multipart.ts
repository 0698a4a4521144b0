import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { UploadPart } from '../services/files.service.js';

/** Adapts @fastify/multipart parts to the service's transport-neutral `UploadPart`s. */
export async function* uploadParts(request: FastifyRequest): AsyncGenerator<UploadPart> {
  for await (const part of request.parts()) {
    if (part.type === 'file') yield { kind: 'file', field: part.fieldname, filename: part.filename, stream: part.file };
    else yield { kind: 'field', field: part.fieldname, value: typeof part.value === 'string' ? part.value : String(part.value) };
  }
}
