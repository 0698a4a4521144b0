import fs from 'node:fs';
import path from 'node:path';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { authPlugin } from '../api/plugins/auth.plugin.js';
import { errorsPlugin } from '../api/plugins/errors.plugin.js';
import { openapiPlugin } from '../api/plugins/openapi.plugin.js';
import { requestContextPlugin, requestIdFor } from '../api/plugins/request-context.plugin.js';
import { apiKeysRoutes } from '../api/routes/api-keys.routes.js';
import { authRoutes } from '../api/routes/auth.routes.js';
import { eventsRoutes } from '../api/routes/events.routes.js';
import { filesRoutes } from '../api/routes/files.routes.js';
import { healthRoutes } from '../api/routes/health.routes.js';
import { profilesRoutes } from '../api/routes/profiles.routes.js';
import { settingsRoutes } from '../api/routes/settings.routes.js';
import { systemRoutes } from '../api/routes/system.routes.js';
import { transcriptionsRoutes } from '../api/routes/transcriptions.routes.js';
import { findWebRoot, indexSender, webRoutes } from '../api/routes/web.routes.js';
import { SseHub } from '../api/sse.js';
import { toErrorResponse } from '../api/errors/to-error-response.js';
import { validatorCompiler } from '../api/validation.js';
import { describeConfig, type Config } from '../config/index.js';
import { DATABASE_FILE_NAME, migrate, openDatabase } from '../db/index.js';
import { INSTALL_HINT, locateMediaTools, type MediaTools } from '../media/index.js';
import type { ScryptCost } from '../services/accounts/index.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { LocalStorage } from '../storage/index.js';
import type { EngineProvider } from '../transcription/engine/index.js';
import type { ModelManager } from '../transcription/engine/local/model-manager.js';
import type { AudioPreparer } from '../transcription/orchestrator/audio-preparer.js';
import type { ProcessIdentity } from '../transcription/worker/worker-identity.js';
import { buildServices, type Services } from './build-services.js';
import { loadOrCreateJwtSecret } from './jwt-secret.js';
import { createLogger } from './logger.js';
import { VERSION } from './version.js';

export interface AppOptions {
  config: Config;
  logger?: Logger;
  clock?: Clock;
  /** Media tools to use; omitted → located on this machine; `null` → behave as if none are installed. */
  mediaTools?: MediaTools | null;
  /** Speech engines; omitted → the production providers. Tests pass the fake engine here. */
  engines?: EngineProvider[];
  /** Installs local models for the admin routes, when `engines` are given. */
  modelManager?: ModelManager;
  audioPreparer?: AudioPreparer;
  identity?: ProcessIdentity;
  /** Lower only in tests: real hashing costs ~100 ms per login by design. */
  passwordCost?: ScryptCost;
  loginRateLimit?: { max: number; windowMs: number };
  sseHeartbeatMs?: number;
  /** The built web UI; omitted → found next to the server code; `null` → none. */
  webRoot?: string | null;
  /**
   * Start the job queue when the app becomes ready (default). The server process passes
   * false and starts it once it is listening, so a process that fails to start runs no jobs.
   */
  startQueue?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The services behind the routes, for the process entry and tests. */
    services: Services;
  }
}

const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
const MEGABYTE = 1024 * 1024;
const SSE_HEARTBEAT_MS = 15_000;

/**
 * The composition root: opens storage and the database, builds services and routes, and
 * returns a Fastify instance ready to `listen()` (or to `inject()` in tests). The job queue
 * starts when the instance is ready; closing the instance stops it and closes everything.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config);
  const clock = options.clock ?? systemClock;

  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const db = openDatabase(path.join(config.dataDir, DATABASE_FILE_NAME));
  const migration = migrate(db);
  if (migration.applied.length > 0) logger.info({ applied: migration.applied, version: migration.version }, 'database migrated');

  const storage = new LocalStorage(config.dataDir);
  await storage.init();

  const mediaTools = options.mediaTools === undefined ? ((await locateMediaTools()) ?? null) : options.mediaTools;
  if (mediaTools) logger.info({ source: mediaTools.source, version: mediaTools.version }, 'media tools found');
  else logger.warn(INSTALL_HINT);

  const services = buildServices({
    config,
    db,
    storage,
    logger,
    clock,
    jwtSecret: loadOrCreateJwtSecret(config.dataDir, config.jwtSecret),
    mediaTools,
    engines: options.engines,
    modelManager: options.modelManager,
    audioPreparer: options.audioPreparer,
    identity: options.identity,
    passwordCost: options.passwordCost,
  });
  const sse = new SseHub(services.events, options.sseHeartbeatMs ?? SSE_HEARTBEAT_MS);

  // Typed as Fastify's logger interface so the instance keeps Fastify's default logger type.
  const loggerInstance: FastifyBaseLogger = logger;
  const app = Fastify({
    loggerInstance,
    genReqId: requestIdFor,
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 256 },
    // Errors the router raises before any route runs (malformed URLs) get the usual shape too.
    frameworkErrors: (error, request, reply) => {
      const response = toErrorResponse(error, request.id);
      const raw = reply as unknown as FastifyReply;
      void raw.code(response.status).header('x-request-id', request.id).send(response.body);
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler());
  // JSON and multipart only: a text/plain body would otherwise reach validation as a string.
  app.removeContentTypeParser('text/plain');
  // Some clients send `Content-Type: application/json` with no body (on DELETE, say): that is
  // no body, not broken JSON. Everything else goes to Fastify's hardened JSON parser.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') done(null, undefined);
    else void parseJson(request, String(body), done);
  });
  app.decorate('services', services);

  if (options.startQueue !== false) app.addHook('onReady', async () => services.queue.start());
  // Streams first (they would hold the server open), then running jobs are handed back.
  app.addHook('preClose', async () => {
    sse.closeAll();
    await services.queue.stop();
  });
  app.addHook('onClose', async () => {
    await services.registry.close();
    db.close();
  });

  const webRoot = options.webRoot === undefined ? findWebRoot(import.meta.dirname) : (options.webRoot ?? undefined);
  await app.register(requestContextPlugin);
  await app.register(errorsPlugin, { pageNotFound: webRoot ? indexSender(webRoot) : undefined });
  await app.register(openapiPlugin, { version: VERSION });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    // One byte over the limit, so the files service (which knows the limit to name) reports it first.
    limits: { fileSize: config.maxUploadSizeMb * MEGABYTE + 1, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 20 },
  });

  await app.register(healthRoutes, { health: services.health, version: VERSION, webUi: webRoot !== undefined });
  if (webRoot) await app.register(webRoutes, { root: webRoot });
  await app.register(
    async (api) => {
      await api.register(authPlugin, { authenticator: services.authenticator });
      await api.register(authRoutes, {
        prefix: '/auth',
        accounts: services.accounts,
        authenticator: services.authenticator,
        loginRateLimit: options.loginRateLimit ?? { max: 10, windowMs: 60_000 },
      });
      await api.register(apiKeysRoutes, { prefix: '/api-keys', apiKeys: services.apiKeys });
      await api.register(filesRoutes, { prefix: '/files', files: services.files, idempotency: services.idempotency });
      await api.register(transcriptionsRoutes, {
        prefix: '/transcriptions',
        transcriptions: services.transcriptions,
        files: services.files,
        idempotency: services.idempotency,
        sse,
      });
      await api.register(eventsRoutes, { prefix: '/events', sse });
      await api.register(profilesRoutes, { prefix: '/profiles', profiles: services.profiles });
      await api.register(settingsRoutes, { prefix: '/settings', settings: services.settings });
      await api.register(systemRoutes, { models: services.models, queue: services.queue, defaultModel: config.transcription.defaultModel });
    },
    { prefix: '/api/v1' },
  );

  logger.info({ config: describeConfig(config) }, 'configuration');
  return app;
}
