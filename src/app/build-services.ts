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
import { ProfilesService } from '../services/profiles.service.js';
import { SettingsService } from '../services/settings.service.js';
import { TranscriptionsService } from '../services/transcriptions.service.js';
import type { Clock } from '../shared/clock.js';
import type { BlobStorage } from '../storage/index.js';
import { ProviderRegistry, type EngineProvider } from '../transcription/engine/index.js';
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
  engines: EngineProvider[];
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
  const registry = new ProviderRegistry(options.engines);
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

  return { accounts, authenticator, apiKeys, idempotency, health, events, registry, profiles, settings, files, transcriptions, queue };
}

export type Services = ReturnType<typeof buildServices>;
