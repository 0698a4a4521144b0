import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ProfilesService } from '../../services/profiles.service.js';
import { profileDto } from '../dto.js';
import { principalOf } from '../plugins/auth.plugin.js';
import { errorResponses, IdParams } from '../schemas/common.js';
import { CreateProfileBody, PatchProfileBody, ProfileDto, ProfileListDto } from '../schemas/profiles.js';
import { PageOnlyQuery } from '../schemas/transcriptions.js';

const tags = ['profiles'];
const ID = ':id(^[A-Za-z0-9_-]+)';

export const profilesRoutes: FastifyPluginAsyncTypebox<{ profiles: ProfilesService }> = async (app, { profiles }) => {
  app.get(
    '/',
    { schema: { tags, summary: 'List profiles, oldest first', querystring: PageOnlyQuery, response: { 200: ProfileListDto, ...errorResponses(400, 401) } } },
    async (request) => {
      const page = profiles.list(principalOf(request), request.query.limit ?? 50, request.query.cursor);
      return { items: page.items.map(profileDto), next_cursor: page.nextCursor };
    },
  );

  app.post(
    '/',
    { schema: { tags, summary: 'Create a profile', body: CreateProfileBody, response: { 201: ProfileDto, ...errorResponses(400, 401, 409) } } },
    async (request, reply) => {
      const { name, description, is_default: isDefault, options } = request.body;
      return reply.code(201).send(profileDto(await profiles.create(principalOf(request), { name, description, isDefault, options })));
    },
  );

  app.get(
    `/${ID}`,
    { schema: { tags, summary: 'Get a profile', params: IdParams, response: { 200: ProfileDto, ...errorResponses(401, 404) } } },
    async (request) => profileDto(profiles.get(principalOf(request), request.params.id)),
  );

  app.patch(
    `/${ID}`,
    { schema: { tags, summary: 'Change a profile (options replace the whole set)', params: IdParams, body: PatchProfileBody, response: { 200: ProfileDto, ...errorResponses(400, 401, 404, 409) } } },
    async (request) => {
      const { name, description, is_default: isDefault, options } = request.body;
      return profileDto(await profiles.update(principalOf(request), request.params.id, { name, description, isDefault, options }));
    },
  );

  app.delete(
    `/${ID}`,
    { schema: { tags, summary: 'Delete a profile', params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 404) } } },
    async (request, reply) => {
      profiles.delete(principalOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `/${ID}::set-default`,
    { schema: { tags, summary: 'Make this the default profile', params: IdParams, response: { 200: ProfileDto, ...errorResponses(401, 404, 409) } } },
    async (request) => profileDto(await profiles.setDefault(principalOf(request), request.params.id)),
  );
};
