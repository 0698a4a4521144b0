import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { SettingsService } from '../../services/settings.service.js';
import { settingsDto } from '../dto.js';
import { principalOf } from '../plugins/auth.plugin.js';
import { errorResponses } from '../schemas/common.js';
import { PatchSettingsBody, SettingsDto } from '../schemas/profiles.js';

const tags = ['settings'];

export const settingsRoutes: FastifyPluginAsyncTypebox<{ settings: SettingsService }> = async (app, { settings }) => {
  app.get('/', { schema: { tags, summary: "The user's settings", response: { 200: SettingsDto, ...errorResponses(401) } } }, async (request) =>
    settingsDto(settings.get(principalOf(request))),
  );

  app.patch(
    '/',
    { schema: { tags, summary: 'Change settings (fields left out keep their values; null resets)', body: PatchSettingsBody, response: { 200: SettingsDto, ...errorResponses(400, 401) } } },
    async (request) => {
      const body = request.body;
      return settingsDto(
        await settings.update(principalOf(request), {
          autoTranscriptionEnabled: body.auto_transcription_enabled,
          defaultProfileId: body.default_profile_id,
          localOnly: body.local_only,
          maxUploadSizeMb: body.max_upload_size_mb,
        }),
      );
    },
  );
};
