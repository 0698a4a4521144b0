import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ApiKeysService } from '../../services/api-keys.service.js';
import { apiKeyDto } from '../dto.js';
import { principalOf } from '../plugins/auth.plugin.js';
import { ApiKeyDto, CreateApiKeyBody, CreatedApiKeyDto } from '../schemas/accounts.js';
import { errorResponses, IdParams } from '../schemas/common.js';

const tags = ['api-keys'];

export const apiKeysRoutes: FastifyPluginAsyncTypebox<{ apiKeys: ApiKeysService }> = async (app, { apiKeys }) => {
  app.get(
    '/',
    { schema: { tags, summary: "List the user's API keys", response: { 200: Type.Object({ items: Type.Array(ApiKeyDto) }), ...errorResponses(401) } } },
    async (request) => ({ items: apiKeys.list(principalOf(request)).map(apiKeyDto) }),
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        // No Idempotency-Key here on purpose: replaying the response would mean storing the raw key.
        summary: 'Create an API key; the raw key is in this response only',
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKeyDto, ...errorResponses(400, 401, 403) },
      },
      // A leaked key must not be able to mint its own replacement.
      config: { auth: 'session' },
    },
    async (request, reply) => {
      const created = apiKeys.create(principalOf(request), request.body);
      return reply.code(201).send({ ...apiKeyDto(created.apiKey), key: created.rawKey });
    },
  );

  app.delete(
    '/:id',
    {
      schema: { tags, summary: 'Delete an API key', params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404) } },
      config: { auth: 'session' },
    },
    async (request, reply) => {
      apiKeys.delete(principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
