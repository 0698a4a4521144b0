import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { toErrorResponse } from '../errors/to-error-response.js';

export interface ErrorsPluginOptions {
  /** Answers a browser's request for an unknown page (the web UI shows its own "not found"). */
  pageNotFound?: ((reply: FastifyReply) => FastifyReply) | undefined;
}

function wantsPage(request: FastifyRequest): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api') && (request.headers.accept ?? '').includes('text/html');
}

/** One error shape for every failure, and a 404 in that shape for unknown routes. */
export const errorsPlugin = fp(
  async (app: FastifyInstance, options: ErrorsPluginOptions) => {
    app.setErrorHandler((error, request, reply) => {
      const response = toErrorResponse(error, request.id);
      if (response.status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ code: response.body.error.code, status: response.status }, 'request rejected');
      return reply.code(response.status).headers(response.headers).send(response.body);
    });

    app.setNotFoundHandler((request, reply) => {
      if (options.pageNotFound && wantsPage(request)) return options.pageNotFound(reply.code(404));
      return reply.code(404).send({
        error: { code: 'NOT_FOUND', message: `No route matches ${request.method} ${request.url.split('?')[0] ?? ''}.`, request_id: request.id },
      });
    });
  },
  { name: 'errors' },
);
