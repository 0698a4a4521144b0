import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ProviderRegistry } from '../../transcription/engine/index.js';
import type { QueueService } from '../../transcription/worker/queue.service.js';
import { modelDto } from '../dto.js';
import { adminOf } from '../plugins/auth.plugin.js';
import { errorResponses } from '../schemas/common.js';
import { ModelDto, QueueStatsDto } from '../schemas/profiles.js';

export interface SystemRoutesOptions {
  registry: ProviderRegistry;
  queue: QueueService;
  defaultModel: string;
}

/** Models on offer and, for admins, the queue. */
export const systemRoutes: FastifyPluginAsyncTypebox<SystemRoutesOptions> = async (app, { registry, queue, defaultModel }) => {
  app.get(
    '/models/transcription',
    { schema: { tags: ['models'], summary: 'Speech models this server offers, with their installed state', response: { 200: Type.Object({ items: Type.Array(ModelDto) }), ...errorResponses(401) } } },
    async () => ({ items: (await registry.models()).map((model) => modelDto(model, defaultModel)) }),
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
