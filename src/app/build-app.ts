import fs from 'node:fs';
import path from 'node:path';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { validatorCompiler } from '../api/validation.js';
import { authPlugin } from '../api/plugins/auth.plugin.js';
import { errorsPlugin } from '../api/plugins/errors.plugin.js';
import { openapiPlugin } from '../api/plugins/openapi.plugin.js';
import { requestContextPlugin, requestIdFor } from '../api/plugins/request-context.plugin.js';
import { apiKeysRoutes } from '../api/routes/api-keys.routes.js';
import { authRoutes } from '../api/routes/auth.routes.js';
import { filesRoutes } from '../api/routes/files.routes.js';
import { healthRoutes } from '../api/routes/health.routes.js';
import { describeConfig, type Config } from '../config/index.js';
import { DATABASE_FILE_NAME, migrate, openDatabase } from '../db/index.js';
import {
  ApiKeysRepository,
  FilesRepository,
  IdempotencyRepository,
  RefreshTokensRepository,
  SystemRepository,
  UsersRepository,
} from '../db/repositories/index.js';
import { INSTALL_HINT, locateMediaTools, probeMedia, type MediaTools } from '../media/index.js';
import { AccessTokens, AccountsService, Authenticator, PasswordHasher, Sessions, type ScryptCost } from '../services/accounts/index.js';
import { ApiKeysService } from '../services/api-keys.service.js';
import { FilesService } from '../services/files.service.js';
import { HealthService } from '../services/health.service.js';
import { IdempotencyService } from '../services/idempotency.service.js';
import type { MediaProbe } from '../services/media-probe.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { LocalStorage } from '../storage/index.js';
import { loadOrCreateJwtSecret } from './jwt-secret.js';
import { createLogger } from './logger.js';
import { VERSION } from './version.js';

export interface AppOptions {
  config: Config;
  logger?: Logger;
  clock?: Clock;
  /** Media tools to use; omitted → located on this machine; `null` → behave as if none are installed. */
  mediaTools?: MediaTools | null;
  /** Lower only in tests: real hashing costs ~100 ms per login by design. */
  passwordCost?: ScryptCost;
  loginRateLimit?: { max: number; windowMs: number };
}

const JSON_BODY_LIMIT_BYTES = 1024 * 1024;
const MEGABYTE = 1024 * 1024;

function mediaProbeFor(tools: MediaTools | null): MediaProbe {
  return {
    available: tools !== null,
    probe: (localPath, signal) => {
      if (!tools) throw new Error('media tools are not available');
      return probeMedia(tools, localPath, signal);
    },
  };
}

/**
 * The composition root: opens storage and the database, builds repositories, services and
 * routes, and returns a Fastify instance that is ready to `listen()` (or to `inject()` in tests).
 * Closing the instance closes everything it opened.
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

  const users = new UsersRepository(db);
  const apiKeys = new ApiKeysRepository(db);
  const accessTokens = new AccessTokens(loadOrCreateJwtSecret(config.dataDir, config.jwtSecret));
  const sessions = new Sessions(new RefreshTokensRepository(db), accessTokens, clock);
  const accounts = new AccountsService({ users, sessions, hasher: new PasswordHasher(options.passwordCost), clock });
  const authenticator = new Authenticator({ users, apiKeys, accessTokens, clock });
  const idempotency = new IdempotencyService({ repository: new IdempotencyRepository(db), clock });
  const files = new FilesService({
    files: new FilesRepository(db),
    storage,
    media: mediaProbeFor(mediaTools),
    clock,
    maxUploadSizeMb: config.maxUploadSizeMb,
  });
  const health = new HealthService({ system: new SystemRepository(db), mediaToolsAvailable: mediaTools !== null });

  // Typed as Fastify's logger interface so the instance keeps Fastify's default logger type.
  const loggerInstance: FastifyBaseLogger = logger;
  const app = Fastify({
    loggerInstance,
    genReqId: requestIdFor,
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler());
  // JSON and multipart only: a text/plain body would otherwise reach validation as a string.
  app.removeContentTypeParser('text/plain');
  app.addHook('onClose', async () => db.close());

  await app.register(requestContextPlugin);
  await app.register(errorsPlugin);
  await app.register(openapiPlugin, { version: VERSION });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, {
    // One byte over the limit, so the files service (which knows the limit to name) reports it first.
    limits: { fileSize: config.maxUploadSizeMb * MEGABYTE + 1, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 20 },
  });

  await app.register(healthRoutes, { health, version: VERSION });
  await app.register(
    async (api) => {
      await api.register(authPlugin, { authenticator });
      await api.register(authRoutes, { prefix: '/auth', accounts, loginRateLimit: options.loginRateLimit ?? { max: 10, windowMs: 60_000 } });
      await api.register(apiKeysRoutes, { prefix: '/api-keys', apiKeys: new ApiKeysService({ apiKeys, clock }) });
      await api.register(filesRoutes, { prefix: '/files', files, idempotency });
    },
    { prefix: '/api/v1' },
  );

  logger.info({ config: describeConfig(config) }, 'configuration');
  return app;
}
