import pino from 'pino';
import type { JobQueueRepository, Transcription } from '../../src/db/repositories/index.js';
import { JobLogRepository } from '../../src/db/repositories/index.js';
import type { Database } from '../../src/db/index.js';
import { EventBroker } from '../../src/services/events/event-broker.js';
import { systemClock } from '../../src/shared/clock.js';
import { JobLog } from '../../src/transcription/job-log.js';
import { QueueService, type JobRunner, type QueueSettings } from '../../src/transcription/worker/queue.service.js';
import { currentProcess, type ProcessIdentity } from '../../src/transcription/worker/worker-identity.js';

/** A job runner that only records which jobs it ran and completes them (owner-fenced). */
export class RecordingRunner implements JobRunner {
  readonly processed: string[] = [];
  completed = 0;

  constructor(
    private readonly queue: JobQueueRepository,
    private readonly onRun?: (job: Transcription) => void,
  ) {}

  async run(job: Transcription, context: { workerId: string; executionId: string; signal: AbortSignal }): Promise<void> {
    this.processed.push(job.id);
    this.onRun?.(job);
    await new Promise((resolve) => setImmediate(resolve));
    const work = { transcriptJson: '{"text":""}', outputJsonPath: `transcripts/${job.id}/transcript.json`, engineId: 'test', metricsJson: '{}' };
    if (this.queue.complete(job.id, context.workerId, context.executionId, work, new Date().toISOString())) this.completed++;
  }
}

/** A queue service over `db` driven by a RecordingRunner, with quiet logs. */
export function recordingQueue(
  db: Database,
  queue: JobQueueRepository,
  settings: Partial<QueueSettings> = {},
  onRun?: (job: Transcription) => void,
  identity: ProcessIdentity = currentProcess(),
) {
  const runner = new RecordingRunner(queue, onRun);
  const service = new QueueService({
    queue,
    runner,
    events: new EventBroker(),
    jobLog: new JobLog({ repository: new JobLogRepository(db), clock: systemClock, atomically: (fn) => db.immediate(fn) }),
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    identity,
    settings: {
      workers: 2,
      maxAttempts: 3,
      pollIntervalMs: 50,
      leaseTimeoutMs: 30_000,
      leaseRenewIntervalMs: 10_000,
      stopTimeoutMs: 5_000,
      ...settings,
    },
  });
  return { runner, service };
}
