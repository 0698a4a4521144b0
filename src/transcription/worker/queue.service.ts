import type { Logger } from 'pino';
import type { ClaimedJob, JobQueueRepository, Transcription } from '../../db/repositories/index.js';
import type { TranscriptionStatus } from '../../db/tables.js';
import type { EventBroker } from '../../services/events/event-broker.js';
import type { Clock } from '../../shared/clock.js';
import { AppError } from '../../shared/errors.js';
import type { JobLog } from '../job-log.js';
import { JobAbort } from './job-abort.js';
import { WakeSignal } from './wake-signal.js';
import { isAbandonedClaim, workerId, type ProcessIdentity } from './worker-identity.js';

/**
 * The durable queue's process-local half. The database is the queue (see the glossary in
 * job-queue.repository.ts); this service only holds what must live in memory: the worker
 * loops, the wake signal, the abort handles of jobs running here, and timers for lease
 * renewal and expired-lease recovery.
 */

/** Runs one claimed job to its end and persists the outcome (the orchestrator). */
export interface JobRunner {
  run(job: Transcription, context: { workerId: string; executionId: string; signal: AbortSignal }): Promise<void>;
}

export interface QueueSettings {
  workers: number;
  maxAttempts: number;
  pollIntervalMs: number;
  leaseTimeoutMs: number;
  leaseRenewIntervalMs: number;
  stopTimeoutMs: number;
}

export interface QueueStats {
  counts: Record<TranscriptionStatus, number>;
  runningHere: number;
  workers: number;
}

/** Thrown by `enqueue` while the queue is stopped; the job itself stays durably queued. */
export class QueueUnavailableError extends AppError {
  constructor() {
    super('QUEUE_UNAVAILABLE', 'The transcription queue is not running (the server is starting or stopping). The job is saved and will run when it is back.', {
      headers: { 'retry-after': '5' },
    });
  }
}

interface RunningJob {
  controller: AbortController;
  workerId: string;
  done: Promise<void>;
}

export class QueueService {
  private state: 'stopped' | 'running' | 'stopping' = 'stopped';
  private readonly wake = new WakeSignal();
  private readonly running = new Map<string, RunningJob>();
  private loops: Promise<void>[] = [];
  private recoveryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deps: {
      queue: JobQueueRepository;
      runner: JobRunner;
      events: EventBroker;
      jobLog: JobLog;
      clock: Clock;
      logger: Logger;
      identity: ProcessIdentity;
      settings: QueueSettings;
    },
  ) {}

  /** Recovers jobs a dead process left behind, then starts the worker loops. */
  start(): void {
    if (this.state !== 'stopped') return;
    const { settings, identity } = this.deps;
    if (settings.workers > 0) {
      this.recover((claim) => claim.expired || isAbandonedClaim(claim.claimedBy, identity), 'startup');
      this.recoveryTimer = setInterval(() => this.recover((claim) => claim.expired, 'lease expired'), Math.max(250, Math.min(settings.leaseTimeoutMs / 2, 60_000)));
      this.recoveryTimer.unref();
    }
    this.state = 'running';
    this.wake.clear();
    this.loops = Array.from({ length: settings.workers }, (_, i) => this.loop(workerId(identity, i)));
    this.deps.logger.info({ workers: settings.workers, process: `${identity.host}/${identity.pid}/${identity.boot}` }, 'queue started');
  }

  /**
   * Stops claiming, aborts running jobs (they are handed back to the queue, not failed) and
   * waits up to the stop timeout for the workers to finish.
   */
  async stop(): Promise<void> {
    if (this.state !== 'running') return;
    this.state = 'stopping';
    clearInterval(this.recoveryTimer);
    this.wake.wakeAll();
    for (const job of this.running.values()) job.controller.abort(new JobAbort('shutdown'));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.deps.settings.stopTimeoutMs)));
    const outcome = await Promise.race([Promise.allSettled(this.loops).then(() => 'done' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.deps.logger.warn({ running: [...this.running.keys()] }, 'queue stop timed out; unfinished jobs will be recovered at next start');
    }
    this.loops = [];
    this.state = 'stopped';
    this.deps.jobLog.flush();
    this.deps.logger.info('queue stopped');
  }

  get isRunning(): boolean {
    return this.state === 'running';
  }

  /** Announces a job that was just committed as queued, and wakes an idle worker. */
  enqueue(job: Transcription): void {
    this.deps.events.publish('transcription.queued', job.userId, { id: job.id, status: 'queued', progress: 0, stage: 'queued' }, job.id);
    if (this.state !== 'running') throw new QueueUnavailableError();
    this.wake.wakeOne();
  }

  /**
   * Cancels a job: queued → canceled at once; processing (here or in another process) →
   * canceled and unclaimed, and if it runs here its engine work is aborted; terminal → 409.
   */
  cancel(userId: string, jobId: string): Transcription {
    const result = this.deps.jobLog.commit(jobId, () => {
      const outcome = this.deps.queue.cancel(userId, jobId, this.deps.clock.now().toISOString());
      if (outcome.result === 'canceled') this.deps.jobLog.info(jobId, `Canceled by the user (was ${outcome.previousStatus}).`);
      return outcome;
    });
    if (result.result === 'not_found') throw new AppError('NOT_FOUND', 'Transcription was not found.');
    if (result.result === 'terminal') {
      throw new AppError('INVALID_STATE', `The transcription is already ${result.job.status}; only queued or processing jobs can be canceled.`);
    }
    this.running.get(jobId)?.controller.abort(new JobAbort('cancel'));
    this.deps.logger.info({ jobId, previousStatus: result.previousStatus }, 'job canceled');
    this.deps.events.publish('transcription.canceled', userId, { id: jobId, status: 'canceled', progress: result.job.progress, stage: 'canceled' }, jobId);
    return result.job;
  }

  /** Waits until a job running here has finished (used before deleting its files). */
  async settled(jobId: string): Promise<void> {
    await this.running.get(jobId)?.done;
  }

  stats(userId?: string): QueueStats {
    return { counts: this.deps.queue.countsByStatus(userId), runningHere: this.running.size, workers: this.deps.settings.workers };
  }

  private async loop(id: string): Promise<void> {
    const { settings, clock, logger } = this.deps;
    while (this.state === 'running') {
      let claimed: ClaimedJob | undefined;
      try {
        const outcome = this.deps.queue.claimNext({ workerId: id, now: clock.now(), leaseMs: settings.leaseTimeoutMs, maxAttempts: settings.maxAttempts });
        if (outcome.exhausted.length > 0) this.announceExhausted(outcome.exhausted);
        claimed = outcome.claimed;
      } catch (err) {
        logger.error({ err, workerId: id }, 'claim failed');
      }
      if (claimed) await this.runJob(id, claimed);
      else await this.wake.sleep(settings.pollIntervalMs);
    }
  }

  private async runJob(id: string, { job, executionId }: ClaimedJob): Promise<void> {
    const { settings, clock, logger, queue } = this.deps;
    const controller = new AbortController();
    const log = logger.child({ jobId: job.id, workerId: id });
    const started = performance.now();
    log.info({ attempt: job.attempts, stage: 'preparing' }, 'job claimed');
    this.deps.jobLog.info(job.id, `Attempt ${job.attempts} claimed by worker ${id}.`);
    this.deps.events.publish('transcription.progress', job.userId, { id: job.id, status: 'processing', progress: job.progress, stage: job.progressStage }, job.id);

    const renewal = setInterval(() => {
      try {
        if (!queue.renewLease(job.id, id, clock.now(), settings.leaseTimeoutMs) && !controller.signal.aborted) {
          log.warn('lease lost; stopping the job');
          controller.abort(new JobAbort('lease_lost'));
        }
      } catch (err) {
        log.error({ err }, 'lease renewal failed');
      }
    }, settings.leaseRenewIntervalMs);

    let finish!: () => void;
    const done = new Promise<void>((resolve) => (finish = resolve));
    this.running.set(job.id, { controller, workerId: id, done });
    try {
      await this.deps.runner.run(job, { workerId: id, executionId, signal: controller.signal });
    } catch (err) {
      log.error({ err }, 'job runner threw; the lease will expire and the job will be retried');
    } finally {
      clearInterval(renewal);
      this.running.delete(job.id);
      finish();
      log.info({ durationMs: Math.round(performance.now() - started) }, 'job finished');
    }
  }

  private recover(shouldRecover: Parameters<JobQueueRepository['recover']>[1], why: string): void {
    try {
      const recovered = this.deps.jobLog.commit(null, () => {
        const jobs = this.deps.queue.recover(this.deps.clock.now(), shouldRecover);
        for (const job of jobs) this.deps.jobLog.warn(job.id, `Interrupted during attempt ${job.attempts}; back in the queue (${why}).`);
        return jobs;
      });
      for (const job of recovered) {
        this.deps.events.publish('transcription.queued', job.userId, { id: job.id, status: 'queued', progress: 0, stage: 'recovered' }, job.id);
      }
      if (recovered.length > 0) {
        this.deps.logger.warn({ jobs: recovered.map((j) => j.id), why }, 'recovered interrupted jobs');
        this.wake.wakeAll();
      }
    } catch (err) {
      this.deps.logger.error({ err }, 'job recovery failed');
    }
  }

  private announceExhausted(jobs: Transcription[]): void {
    for (const job of jobs) {
      this.deps.jobLog.error(job.id, job.lastError ?? 'Stopped after too many interrupted attempts.');
      this.deps.logger.warn({ jobId: job.id, attempts: job.attempts }, 'job failed: attempts exhausted');
      this.deps.events.publish('transcription.failed', job.userId, { id: job.id, status: 'failed', progress: job.progress, stage: 'failed', error: job.lastError }, job.id);
    }
    this.deps.jobLog.flush();
  }
}
