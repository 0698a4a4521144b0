import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { toErrorResponse } from '../errors/to-error-response.js';

/** One error shape for every failure, and a 404 in that shape for unknown routes. */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error, request, reply) => {
      const response = toErrorResponse(error, request.id);
      if (response.status >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ code: response.body.error.code, status: response.status }, 'request rejected');
      return reply.code(response.status).headers(response.headers).send(response.body);
    });

    app.setNotFoundHandler((request, reply) => {
      return reply.code(404).send({
        error: { code: 'NOT_FOUND', message: `No route matches ${request.method} ${request.url.split('?')[0] ?? ''}.`, request_id: request.id },
      });
    });
  },
  { name: 'errors' },
);
