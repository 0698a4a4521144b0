import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../plugins/auth.plugin.js';
import { StreamQuery } from '../schemas/transcriptions.js';
import type { SseHub } from '../sse.js';

export const eventsRoutes: FastifyPluginAsyncTypebox<{ sse: SseHub }> = async (app, { sse }) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['events'],
        summary: "Live events of all the user's transcriptions and files (text/event-stream)",
        description:
          'Events: transcription.queued|progress|completed|failed|canceled|updated|deleted, file.ready, model.download.*. ' +
          'Each has an id; reconnect with Last-Event-ID (or ?last_event_id=) to get what was missed, or an event "resync" when that is no longer possible. ' +
          'Browsers (EventSource) authenticate with ?ticket= from POST /auth/stream-ticket.',
        querystring: StreamQuery,
        produces: ['text/event-stream'],
      },
      config: { ticket: true },
    },
    async (request, reply) => {
      sse.stream(request, reply, { userId: principalOf(request).userId });
    },
  );
};
