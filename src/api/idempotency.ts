import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdempotencyService, StoredResponse } from '../services/idempotency.service.js';
import { sha256Hex } from '../shared/secrets.js';
import { principalOf } from './plugins/auth.plugin.js';

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` hash alike. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function hashRequest(parts: unknown): string {
  return sha256Hex(canonicalJson(parts));
}

/** Runs a create-like handler under the request's `Idempotency-Key`, if it has one. */
export function runIdempotent(
  request: FastifyRequest,
  service: IdempotencyService,
  requestHash: string,
  execute: () => Promise<StoredResponse>,
): Promise<StoredResponse & { replayed: boolean }> {
  const header = request.headers['idempotency-key'];
  const key = typeof header === 'string' && header.length > 0 ? header : undefined;
  const route = `${request.method} ${request.routeOptions.url ?? ''}`;
  return service.run({ userId: principalOf(request).userId, key, route, requestHash }, execute);
}

/** Sends a (possibly replayed) stored response, marking replays with `Idempotent-Replayed: true`. */
export function sendStored(reply: FastifyReply, result: StoredResponse & { replayed: boolean }): FastifyReply {
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  return reply.code(result.status).send(result.body);
}

export async function sendIdempotent(
  request: FastifyRequest,
  reply: FastifyReply,
  service: IdempotencyService,
  requestHash: string,
  execute: () => Promise<StoredResponse>,
): Promise<FastifyReply> {
  return sendStored(reply, await runIdempotent(request, service, requestHash, execute));
}
