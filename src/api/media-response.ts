import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import parseRange from 'range-parser';
import type { MediaSource } from '../services/files.service.js';
import { AppError } from '../shared/errors.js';

/**
 * Sends stored media with byte-range support, streaming from storage (never loading the file):
 * no `Range` → 200 with the whole body; one satisfiable range (including suffix ranges such as
 * `bytes=-500`) → 206 with `Content-Range`; an unsatisfiable one → 416 with `Content-Range:
 * bytes * /size`. A malformed or multi-range header is ignored (RFC 9110 allows it) → 200.
 * `If-None-Match` with the current ETag → 304; `If-Range` with another validator → 200.
 */
export function sendMedia(request: FastifyRequest, reply: FastifyReply, source: MediaSource): FastifyReply {
  const size = source.sizeBytes;
  reply
    .header('accept-ranges', 'bytes')
    .header('etag', source.etag)
    .header('cache-control', 'private, max-age=0, must-revalidate')
    .type(source.mimeType);

  const noneMatch = request.headers['if-none-match'];
  if (typeof noneMatch === 'string' && (noneMatch.trim() === '*' || noneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === source.etag))) {
    return reply.code(304).send();
  }
  // If-Range: the range applies only to the representation the client already has parts of.
  const ifRange = request.headers['if-range'];
  const header = typeof ifRange === 'string' && ifRange.trim() !== source.etag ? undefined : request.headers.range;
  const parsed = typeof header === 'string' ? parseRange(size, header, { combine: true }) : undefined;
  if (parsed === -1) {
    throw new AppError('RANGE_NOT_SATISFIABLE', `The requested range is outside the media (${size} bytes).`, {
      headers: { 'content-range': `bytes */${size}` },
    });
  }
  const range = Array.isArray(parsed) && parsed.type === 'bytes' && parsed.length === 1 ? parsed[0] : undefined;
  if (range) {
    reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${size}`).header('content-length', range.end - range.start + 1);
  } else {
    reply.code(200).header('content-length', size);
  }
  // HEAD keeps Content-Length only when the payload is a stream; an empty one avoids reading the file.
  if (request.method === 'HEAD' || size === 0) return reply.send(Readable.from([]));
  return reply.send(source.open(range));
}
