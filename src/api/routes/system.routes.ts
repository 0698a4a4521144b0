import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ModelsService } from '../../services/models.service.js';
import type { QueueService } from '../../transcription/worker/queue.service.js';
import { modelDto } from '../dto.js';
import { adminOf } from '../plugins/auth.plugin.js';
import { errorResponses, IdParams } from '../schemas/common.js';
import { ModelActionDto, ModelDto, QueueStatsDto } from '../schemas/profiles.js';

export interface SystemRoutesOptions {
  models: ModelsService;
  queue: QueueService;
  defaultModel: string;
}

/** Models on offer and, for admins, the queue. */
export const systemRoutes: FastifyPluginAsyncTypebox<SystemRoutesOptions> = async (app, { models, queue, defaultModel }) => {
  app.get(
    '/models/transcription',
    { schema: { tags: ['models'], summary: 'Speech models this server offers, with their installed state', response: { 200: Type.Object({ items: Type.Array(ModelDto) }), ...errorResponses(401) } } },
    async () => ({ items: (await models.list()).map((model) => modelDto(model, defaultModel)) }),
  );

  app.post(
    `/admin/models/:id(^[A-Za-z0-9_.-]+)::download`,
    {
      schema: {
        tags: ['admin'],
        summary: 'Download and install a model in the background (202); progress arrives as model.download.* events',
        params: IdParams,
        response: { 200: ModelActionDto, 202: ModelActionDto, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      adminOf(request);
      const status = await models.startDownload(request.params.id);
      return reply.code(status === 'installed' ? 200 : 202).send({ id: request.params.id, status });
    },
  );

  app.delete(
    `/admin/models/:id(^[A-Za-z0-9_.-]+)`,
    { schema: { tags: ['admin'], summary: 'Remove an installed model from the cache', params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) } } },
    async (request, reply) => {
      adminOf(request);
      await models.remove(request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/admin/queue',
    { schema: { tags: ['admin'], summary: 'Job counts by status (all users) and this process’s workers', response: { 200: QueueStatsDto, ...errorResponses(401, 403) } } },
    async (request) => {
      adminOf(request);
      const stats = queue.stats();
      return { ...stats.counts, running_here: stats.runningHere, workers: stats.workers };
    },
  );
};
