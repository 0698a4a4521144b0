import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { HealthService } from '../../services/health.service.js';
import { StringEnum } from '../schemas/common.js';

const HealthDto = Type.Object({ status: Type.Literal('ok'), version: Type.String() });
const ReadyDto = Type.Object({
  status: StringEnum(['ready', 'not_ready'] as const),
  checks: Type.Object({ database: StringEnum(['ok', 'failing'] as const), media_tools: StringEnum(['ok', 'missing'] as const) }),
});

export const healthRoutes: FastifyPluginAsyncTypebox<{ health: HealthService; version: string; webUi: boolean }> = async (app, { health, version, webUi }) => {
  const liveness = { schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: HealthDto } }, config: { auth: false } } as const;
  app.get('/health', liveness, async () => ({ status: 'ok' as const, version }));
  app.get('/api/v1/health', liveness, async () => ({ status: 'ok' as const, version }));

  // Without a built web UI (`npm run build`), the API docs are the front page.
  if (!webUi) app.get('/', { schema: { hide: true }, config: { auth: false } }, async (_request, reply) => reply.redirect('/api/docs'));

  app.get(
    '/api/v1/ready',
    {
      schema: { tags: ['health'], summary: 'Readiness: the database answers', response: { 200: ReadyDto, 503: ReadyDto } },
      config: { auth: false },
    },
    async (_request, reply) => {
      const readiness = health.readiness();
      return reply.code(readiness.ready ? 200 : 503).send({ status: readiness.ready ? 'ready' : 'not_ready', checks: readiness.checks });
    },
  );
};
