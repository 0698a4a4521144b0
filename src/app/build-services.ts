import path from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import type { Database } from '../db/index.js';
import {
  ApiKeysRepository,
  ExecutionsRepository,
  FilesRepository,
  IdempotencyRepository,
  JobLogRepository,
  JobQueueRepository,
  ProfilesRepository,
  RefreshTokensRepository,
  SettingsRepository,
  SystemRepository,
  TranscriptionsRepository,
  UsersRepository,
} from '../db/repositories/index.js';
import { probeMedia, type MediaTools } from '../media/index.js';
import { AccessTokens, AccountsService, Authenticator, PasswordHasher, Sessions, type ScryptCost } from '../services/accounts/index.js';
import { ApiKeysService } from '../services/api-keys.service.js';
import { EventBroker } from '../services/events/event-broker.js';
import { FilesService } from '../services/files.service.js';
import { HealthService } from '../services/health.service.js';
import { IdempotencyService } from '../services/idempotency.service.js';
import { JobOptionsValidator } from '../services/job-options-validator.js';
import type { MediaProbe } from '../services/media-probe.js';
import { ModelsService } from '../services/models.service.js';
import { ProfilesService } from '../services/profiles.service.js';
import { SettingsService } from '../services/settings.service.js';
import { TranscriptionsService } from '../services/transcriptions.service.js';
import type { Clock } from '../shared/clock.js';
import type { BlobStorage } from '../storage/index.js';
import { ProviderRegistry, type EngineProvider } from '../transcription/engine/index.js';
import { CATALOG } from '../transcription/engine/local/catalog.js';
import { ModelDownloader } from '../transcription/engine/local/downloader.js';
import { LocalProvider } from '../transcription/engine/local/local.provider.js';
import { ModelManager } from '../transcription/engine/local/model-manager.js';
import { ModelStore } from '../transcription/engine/local/model-store.js';
import { SphinxProvider } from '../transcription/engine/sphinx/sphinx.provider.js';
import { JobLog } from '../transcription/job-log.js';
import { FfmpegAudioPreparer, type AudioPreparer } from '../transcription/orchestrator/audio-preparer.js';
import { JobProcessor } from '../transcription/orchestrator/job-processor.js';
import { QueueService } from '../transcription/worker/queue.service.js';
import { currentProcess, type ProcessIdentity } from '../transcription/worker/worker-identity.js';

export interface ServiceOptions {
  config: Config;
  db: Database;
  storage: BlobStorage;
  logger: Logger;
  clock: Clock;
  jwtSecret: string;
  mediaTools: MediaTools | null;
  /** Speech engines; omitted → the production engines (local sherpa-onnx and PocketSphinx). */
  engines?: EngineProvider[] | undefined;
  /** Installs local models for the admin routes (given with test engines; built with production ones). */
  modelManager?: ModelManager | undefined;
  audioPreparer?: AudioPreparer | undefined;
  identity?: ProcessIdentity | undefined;
  passwordCost?: ScryptCost | undefined;
}

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
 * The production speech engines: sherpa-onnx models (downloaded into the model cache on first
 * use, announced as `model.download.*` events) and the system's PocketSphinx.
 */
function productionEngines(config: Config, logger: Logger, events: EventBroker): { engines: EngineProvider[]; manager: ModelManager } {
  const store = new ModelStore(config.speechEngine.cacheDir, CATALOG);
  const downloader = new ModelDownloader({
    store,
    baseUrl: config.speechEngine.modelBaseUrl,
    onEvent: (event) => {
      const { type, modelId, ...rest } = event;
      const data: Record<string, unknown> = { model: modelId, status: type === 'completed' ? 'installed' : type === 'failed' ? 'failed' : 'downloading' };
      if ('receivedBytes' in rest) Object.assign(data, { received_bytes: rest.receivedBytes, total_bytes: rest.totalBytes, progress: Math.round(rest.fraction * 1000) / 1000 });
      if ('error' in rest) data.error = rest.error;
      events.publish(`model.download.${type}`, null, data, modelId);
    },
  });
  const local = new LocalProvider({
    store,
    downloader,
    autoDownload: config.speechEngine.autoDownload,
    executionProvider: config.speechEngine.provider,
    threads: config.speechEngine.threads,
    maxLoaded: config.speechEngine.maxLoaded,
    processes: Math.max(1, config.transcription.workers),
    logger: logger.child({ component: 'local-engine' }),
  });
  const sphinx = new SphinxProvider({ logger: logger.child({ component: 'sphinx' }) });
  return { engines: [local, sphinx], manager: new ModelManager(store, downloader) };
}

/** Builds every repository and service with explicit dependencies (no container, no globals). */
export function buildServices(options: ServiceOptions) {
  const { config, db, storage, logger, clock } = options;

  const users = new UsersRepository(db);
  const apiKeysRepository = new ApiKeysRepository(db);
  const accessTokens = new AccessTokens(options.jwtSecret);
  const sessions = new Sessions(new RefreshTokensRepository(db), accessTokens, clock);
  const accounts = new AccountsService({ users, sessions, hasher: new PasswordHasher(options.passwordCost), clock });
  const authenticator = new Authenticator({ users, apiKeys: apiKeysRepository, accessTokens, clock });
  const apiKeys = new ApiKeysService({ apiKeys: apiKeysRepository, clock });
  const idempotency = new IdempotencyService({ repository: new IdempotencyRepository(db), clock });
  const health = new HealthService({ system: new SystemRepository(db), mediaToolsAvailable: options.mediaTools !== null });

  const events = new EventBroker();
  const production = options.engines ? undefined : productionEngines(config, logger, events);
  const registry = new ProviderRegistry(options.engines ?? production?.engines ?? []);
  const models = new ModelsService({ registry, manager: options.modelManager ?? production?.manager, logger: logger.child({ component: 'models' }) });
  const validator = new JobOptionsValidator(registry);
  const profilesRepository = new ProfilesRepository(db);
  const profiles = new ProfilesService({ profiles: profilesRepository, validator, clock });
  const settings = new SettingsService({ settings: new SettingsRepository(db), profiles, clock, serverMaxUploadMb: config.maxUploadSizeMb });

  const filesRepository = new FilesRepository(db);
  const jobQueue = new JobQueueRepository(db);
  const jobLogRepository = new JobLogRepository(db);
  const jobLog = new JobLog({ repository: jobLogRepository, clock, secrets: [config.dataDir], atomically: (fn) => db.immediate(fn) });

  const processor = new JobProcessor({
    queue: jobQueue,
    files: filesRepository,
    storage,
    registry,
    audio: options.audioPreparer ?? new FfmpegAudioPreparer({ tools: options.mediaTools, scratchDir: path.join(config.dataDir, 'tmp') }),
    events,
    jobLog,
    clock,
    logger: logger.child({ component: 'orchestrator' }),
    defaultModel: config.transcription.defaultModel,
  });
  const queue = new QueueService({
    queue: jobQueue,
    runner: processor,
    events,
    jobLog,
    clock,
    logger: logger.child({ component: 'queue' }),
    identity: options.identity ?? currentProcess(),
    settings: {
      workers: config.transcription.workers,
      maxAttempts: config.transcription.maxAttempts,
      pollIntervalMs: config.transcription.queuePollIntervalMs,
      leaseTimeoutMs: config.transcription.leaseTimeoutMs,
      leaseRenewIntervalMs: config.transcription.leaseRenewIntervalMs,
      stopTimeoutMs: config.transcription.stopTimeoutMs,
    },
  });

  // Auto-transcription needs the transcriptions service, which needs files: the hook below
  // refers to `transcriptions`, declared further down, and only runs after both exist.
  const files = new FilesService({
    files: filesRepository,
    storage,
    media: mediaProbeFor(options.mediaTools),
    clock,
    events,
    uploadLimitMb: (userId) => settings.forUser(userId).maxUploadSizeMb,
    afterUpload: async (principal, file) => {
      if (!settings.forUser(principal.userId).autoTranscriptionEnabled) return;
      try {
        await transcriptions.createForUpload(principal, file.id);
      } catch (err) {
        // The upload itself succeeded; a job that could not be queued is the server log's concern.
        logger.warn({ err, fileId: file.id }, 'auto-transcription of an upload failed');
      }
    },
  });
  const transcriptions = new TranscriptionsService({
    transcriptions: new TranscriptionsRepository(db),
    executions: new ExecutionsRepository(db),
    jobLog,
    profiles: profilesRepository,
    files,
    queue,
    validator,
    storage,
    events,
    clock,
    defaultModel: config.transcription.defaultModel,
  });

  return { accounts, authenticator, apiKeys, idempotency, health, events, registry, models, profiles, settings, files, transcriptions, queue };
}

export type Services = ReturnType<typeof buildServices>;
