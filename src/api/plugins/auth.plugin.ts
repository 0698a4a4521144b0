import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Authenticator } from '../../services/accounts/index.js';
import type { Principal } from '../../services/principal.js';
import { AppError } from '../../shared/errors.js';

/**
 * Per-route auth setting: `true` (default) accepts a login token or an API key, `'session'`
 * only a login token (account changes), `false` makes the route public.
 */
export type RouteAuth = boolean | 'session';

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
    /** Also accept a stream ticket in `?ticket=` (read-only streams opened by browsers without headers). */
    ticket?: boolean;
  }
  interface FastifyRequest {
    principalOrNull: Principal | null;
  }
}

function unauthorized(message: string): AppError {
  return new AppError('UNAUTHORIZED', message, { headers: { 'www-authenticate': 'Bearer' } });
}

async function authenticate(authenticator: Authenticator, request: FastifyRequest): Promise<Principal> {
  const ticket = (request.query as { ticket?: unknown } | undefined)?.ticket;
  if (request.routeOptions.config.ticket && typeof ticket === 'string' && ticket.length > 0) return authenticator.fromTicket(ticket);
  const apiKey = request.headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.length > 0) return authenticator.fromApiKey(apiKey);
  const header = request.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) throw unauthorized('The Authorization header must be "Bearer <token>".');
    return authenticator.fromBearer(match[1]);
  }
  throw unauthorized('Authentication required: send "Authorization: Bearer <token>" or an "X-API-Key" header.');
}

/** The principal of an authenticated route; throws if called on a public one (a wiring bug). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principalOrNull) throw new Error(`route ${request.url} used a principal without authentication`);
  return request.principalOrNull;
}

/** The principal, who must be an admin. */
export function adminOf(request: FastifyRequest): Principal {
  const principal = principalOf(request);
  if (principal.role !== 'admin') throw new AppError('FORBIDDEN', 'Only an administrator can do this.');
  return principal;
}

/**
 * Authenticates every matched route unless it opts out with `config: { auth: false }`. Runs at
 * onRequest, before the body is read, so an anonymous upload is refused before it is stored.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: { authenticator: Authenticator }) => {
    app.decorateRequest('principalOrNull', null);
    app.addHook('onRequest', async (request) => {
      if (request.is404) return;
      const mode = request.routeOptions.config.auth ?? true;
      if (mode === false) return;
      try {
        request.principalOrNull = await authenticate(options.authenticator, request);
      } catch (err) {
        if (err instanceof AppError && err.code === 'UNAUTHORIZED' && !err.headers) throw unauthorized(err.message);
        throw err;
      }
      if (mode === 'session' && request.principalOrNull.method !== 'session') {
        throw new AppError('FORBIDDEN', 'This action needs a login session; API keys cannot perform it.');
      }
    });
  },
  { name: 'auth' },
);
