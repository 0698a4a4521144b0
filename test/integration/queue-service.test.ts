import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/index.js';
import { JobQueueRepository } from '../../src/db/repositories/index.js';
import { QueueDb } from '../helpers/queue-db.js';
import { recordingQueue } from '../helpers/recording-runner.js';
import { TestApp } from '../helpers/test-app.js';
import { waitUntil } from '../helpers/wait.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let q: QueueDb;

beforeEach(() => {
  q = QueueDb.create();
});
afterEach(() => q.close());

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

describe('workers sharing one database', () => {
  it('two queue services (as on two machines) with two workers each process 300 jobs exactly once', async () => {
    const ids = q.enqueue(300);
    const other = openDatabase(q.file);
    const a = recordingQueue(q.db, q.queue, {}, undefined, { host: 'machine-a', pid: 1, boot: 'aaaa' });
    const b = recordingQueue(other, new JobQueueRepository(other), {}, undefined, { host: 'machine-b', pid: 1, boot: 'bbbb' });
    a.service.start();
    b.service.start();
    try {
      await waitUntil(() => a.runner.completed + b.runner.completed === 300, 30_000, 'all jobs to complete');
    } finally {
      await Promise.all([a.service.stop(), b.service.stop()]);
      other.close();
    }
    const processed = [...a.runner.processed, ...b.runner.processed];
    expect(duplicates(processed)).toEqual([]);
    expect(processed.sort()).toEqual(ids);
    expect(a.runner.processed.length).toBeGreaterThan(0);
    expect(b.runner.processed.length).toBeGreaterThan(0);
    expect(q.queue.countsByStatus().completed).toBe(300);
  });

  it('two separate processes process 300 jobs exactly once', async () => {
    const ids = q.enqueue(300);
    const outs = ['a', 'b'].map((name) => path.join(path.dirname(q.file), `${name}.out`));
    const runs = outs.map(
      (out) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/helpers/queue-worker-process.ts'), q.file, out], {
            cwd: ROOT,
            stdio: 'inherit',
          });
          child.on('exit', resolve);
        }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0]);
    const perProcess = outs.map((out) => (fs.existsSync(out) ? fs.readFileSync(out, 'utf8').trim().split('\n').filter(Boolean) : []));
    const processed = perProcess.flat();
    expect(duplicates(processed)).toEqual([]);
    expect(processed.sort()).toEqual(ids);
    expect(q.queue.countsByStatus().completed).toBe(300);
    const executions = q.db.connection.prepare('SELECT COUNT(*) AS n FROM transcription_executions').get() as { n: number };
    expect(executions.n).toBe(300);
  }, 60_000);
});

describe('the wake signal', () => {
  it('starts a freshly enqueued job at once, not after the poll interval', async () => {
    const { runner, service } = recordingQueue(q.db, q.queue, { workers: 1, pollIntervalMs: 60_000 });
    service.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 50)); // the worker is asleep now
      const [id] = q.enqueue(1);
      const job = q.transcriptions.findById(id ?? '');
      const started = performance.now();
      if (job) service.enqueue(job);
      await waitUntil(() => runner.completed === 1, 2_000, 'the job to run');
      expect(performance.now() - started).toBeLessThan(1_000);
    } finally {
      await service.stop();
    }
  });

  it('claims nothing in an API-only process (0 workers)', async () => {
    const { runner, service } = recordingQueue(q.db, q.queue, { workers: 0 });
    service.start();
    const [id] = q.enqueue(1);
    const job = q.transcriptions.findById(id ?? '');
    if (job) service.enqueue(job);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runner.processed).toEqual([]);
    expect(service.stats().workers).toBe(0);
    await service.stop();
  });
});

describe('startup and expired-lease recovery', () => {
  it('recovers jobs of a dead process on this host at startup and runs them', async () => {
    const [id = ''] = q.enqueue(1);
    q.queue.claimNext({ workerId: `${(await import('node:os')).hostname()}/999999999/dead00/w0`, now: new Date(), leaseMs: 600_000, maxAttempts: 3 });
    const { runner, service } = recordingQueue(q.db, q.queue, { workers: 1 });
    service.start();
    try {
      await waitUntil(() => runner.completed === 1, 5_000, 'the recovered job to run');
      expect(q.status(id)).toMatchObject({ status: 'completed', attempts: 2 });
    } finally {
      await service.stop();
    }
  });

  it('leaves a live claim from another host alone until its lease expires', async () => {
    const [id = ''] = q.enqueue(1);
    q.queue.claimNext({ workerId: 'other-host/1/b00t/w0', now: new Date(), leaseMs: 600, maxAttempts: 3 });
    const { runner, service } = recordingQueue(q.db, q.queue, { workers: 1, leaseTimeoutMs: 600, leaseRenewIntervalMs: 200 });
    service.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(q.status(id).status).toBe('processing');
      await waitUntil(() => runner.completed === 1, 5_000, 'the expired job to be recovered and run');
    } finally {
      await service.stop();
    }
  });
});

describe('leases and cancel of orphaned jobs', () => {
  it('renews the lease of a long job so expired-lease recovery never takes it', async () => {
    const { t, engine } = await TestApp.withFakeEngine({ delayMs: 3_000 }, { TRANSCRIPTION_LEASE_TIMEOUT: '1s', TRANSCRIPTION_LEASE_RENEW_INTERVAL: '200ms' });
    try {
      const session = await t.register();
      const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
      const id = (await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId } })).json().id;
      const done = await t.waitForStatus(session.auth, id, ['completed', 'failed']);
      expect(done).toMatchObject({ status: 'completed', attempts: 1 });
      expect(engine.transcribeCalls).toBe(1);
    } finally {
      await t.close();
    }
  });

  it('cancels a job that is processing elsewhere (not in this process) by clearing its claim', async () => {
    const [id = ''] = q.enqueue(1);
    q.queue.claimNext({ workerId: 'other-host/1/b00t/w0', now: new Date(), leaseMs: 600_000, maxAttempts: 3 });
    const { service } = recordingQueue(q.db, q.queue, { workers: 0 });
    service.start();
    const job = service.cancel('user_1', id);
    expect(job).toMatchObject({ status: 'canceled', claimedBy: null });
    expect(q.executions(id)).toEqual([{ status: 'canceled', error_message: 'Canceled by the user.' }]);
    expect(q.queue.complete(id, 'other-host/1/b00t/w0', 'whatever', { transcriptJson: '{}', outputJsonPath: 'x', engineId: 'x', metricsJson: '{}' }, new Date().toISOString())).toBe(false);
    expect(() => service.cancel('user_1', id)).toThrow(/already canceled/);
    await service.stop();
  });
});

describe('shutdown with a running job', () => {
  it('aborts it, hands it back to the queue without counting the attempt, and a new start finishes it', async () => {
    const { t, engine } = await TestApp.withFakeEngine({ delayMs: 10_000 });
    try {
      const session = await t.register();
      const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
      const id = (await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId } })).json().id;
      await waitUntil(() => engine.transcribeCalls === 1, 5_000, 'the engine to start');
      const stopping = performance.now();
      await t.app.services.queue.stop();
      expect(performance.now() - stopping).toBeLessThan(2_000);
      expect(engine.abortsObserved).toBe(1);
      const job = (await t.inject({ method: 'GET', url: `/api/v1/transcriptions/${id}`, headers: session.auth })).json();
      expect(job).toMatchObject({ status: 'queued', progress_stage: 'recovered', attempts: 0 });
      const executions = (await t.inject({ method: 'GET', url: `/api/v1/transcriptions/${id}/executions`, headers: session.auth })).json().items;
      expect(executions).toEqual([expect.objectContaining({ status: 'failed', error: 'Interrupted: the server was shutting down.' })]);
    } finally {
      await t.close();
    }
  });
});
