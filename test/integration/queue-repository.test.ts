import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QueueDb } from '../helpers/queue-db.js';

let q: QueueDb;
const now = new Date('2026-03-01T10:00:00Z');
const LEASE = 60_000;
const claim = (workerId: string, at = now, maxAttempts = 3) => q.queue.claimNext({ workerId, now: at, leaseMs: LEASE, maxAttempts });
const work = { transcriptJson: '{"text":"hi"}', outputJsonPath: 'transcripts/x/transcript.json', engineId: 'fake', metricsJson: '{}' };

beforeEach(() => {
  q = QueueDb.create();
});
afterEach(() => q.close());

describe('claiming', () => {
  it('takes jobs first in, first out, stamping owner, lease and attempt', () => {
    const [first, second] = q.enqueue(2);
    const claimed = claim('w1').claimed;
    expect(claimed?.job.id).toBe(first);
    expect(claimed?.job).toMatchObject({ status: 'processing', claimedBy: 'w1', attempts: 1, progress: 0.05, progressStage: 'preparing' });
    expect(claimed?.job.claimExpiresAt).toBe(new Date(now.getTime() + LEASE).toISOString());
    expect(q.executions(first ?? '')).toEqual([{ status: 'processing', error_message: null }]);
    expect(claim('w2').claimed?.job.id).toBe(second);
    expect(claim('w3').claimed).toBeUndefined();
  });

  it('fails a job whose attempts are used up instead of claiming it again', () => {
    const [id] = q.enqueue(1);
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(claim('w1').claimed?.job.attempts).toBe(attempt);
      q.queue.recover(now, () => true);
    }
    const outcome = claim('w1');
    expect(outcome.claimed).toBeUndefined();
    expect(outcome.exhausted.map((j) => j.id)).toEqual([id]);
    expect(q.status(id ?? '')).toMatchObject({ status: 'failed', attempts: 3 });
  });
});

describe('fencing', () => {
  it('lets only the owner renew, report progress and finish', () => {
    const [id = ''] = q.enqueue(1);
    const exec = claim('w1').claimed?.executionId ?? '';
    expect(q.queue.renewLease(id, 'w2', now, LEASE)).toBe(false);
    expect(q.queue.renewLease(id, 'w1', now, LEASE)).toBe(true);
    expect(q.queue.updateProgress(id, 'w2', 0.5, 'transcribing', now.toISOString())).toBe(false);
    expect(q.queue.updateProgress(id, 'w1', 0.5, 'transcribing', now.toISOString())).toBe(true);
    expect(q.queue.complete(id, 'w2', exec, work, now.toISOString())).toBe(false);
    expect(q.queue.complete(id, 'w1', exec, work, now.toISOString())).toBe(true);
    expect(q.status(id).status).toBe('completed');
    expect(q.executions(id)).toEqual([{ status: 'completed', error_message: null }]);
  });

  it("rejects a stale worker's late complete after its lease expired and another worker took over", () => {
    const [id = ''] = q.enqueue(1);
    const stale = claim('w1').claimed?.executionId ?? '';
    const later = new Date(now.getTime() + LEASE + 1);
    expect(q.queue.recover(later, (c) => c.expired).map((j) => j.id)).toEqual([id]);
    expect(claim('w2', later).claimed?.job.id).toBe(id);
    expect(q.queue.complete(id, 'w1', stale, work, later.toISOString())).toBe(false);
    expect(q.queue.fail(id, 'w1', stale, { code: 'ENGINE_FAILED', message: 'late failure' }, later.toISOString())).toBe(false);
    expect(q.status(id)).toMatchObject({ status: 'processing', claimed_by: 'w2', attempts: 2 });
    expect(q.executions(id)).toEqual([
      { status: 'failed', error_message: 'Interrupted: the worker stopped before the job finished.' },
      { status: 'processing', error_message: null },
    ]);
  });
});

describe('recovery', () => {
  it('at startup returns processing jobs to the queue and closes their executions as interrupted', () => {
    const [a = '', b = ''] = q.enqueue(2);
    claim('dead-worker');
    const recovered = q.queue.recover(now, () => true);
    expect(recovered).toEqual([{ id: a, userId: 'user_1', attempts: 1 }]);
    expect(q.status(a)).toMatchObject({ status: 'queued', claimed_by: null, progress_stage: 'recovered' });
    expect(q.executions(a)[0]?.status).toBe('failed');
    expect(q.status(b).status).toBe('queued');
    // It keeps its place at the head of the queue.
    expect(claim('w1').claimed?.job.id).toBe(a);
  });

  it('later takes only jobs whose lease expired', () => {
    const [a = '', b = ''] = q.enqueue(2);
    claim('w1', now);
    claim('w2', new Date(now.getTime() + 30_000));
    const at = new Date(now.getTime() + LEASE + 1);
    expect(q.queue.recover(at, (c) => c.expired).map((j) => j.id)).toEqual([a]);
    expect(q.status(b).status).toBe('processing');
  });
});

describe('cancel and release', () => {
  it('cancels queued and processing jobs, unclaiming them, and refuses terminal ones', () => {
    const [queued = '', running = ''] = q.enqueue(2);
    const stamp = now.toISOString();
    const exec = claim('w1').claimed?.executionId ?? ''; // takes `queued` (the oldest)
    expect(q.queue.cancel('user_1', running, stamp)).toMatchObject({ result: 'canceled', previousStatus: 'queued' });
    expect(q.queue.cancel('user_1', queued, stamp)).toMatchObject({ result: 'canceled', previousStatus: 'processing' });
    expect(q.status(queued)).toMatchObject({ status: 'canceled', claimed_by: null });
    expect(q.executions(queued)[0]?.status).toBe('canceled');
    expect(q.queue.complete(queued, 'w1', exec, work, stamp)).toBe(false);
    expect(q.queue.cancel('user_1', queued, stamp).result).toBe('terminal');
    expect(q.queue.cancel('user_2', running, stamp).result).toBe('not_found');
  });

  it('hands a job back at shutdown without counting the attempt', () => {
    const [id = ''] = q.enqueue(1);
    const exec = claim('w1').claimed?.executionId ?? '';
    expect(q.queue.release(id, 'w1', exec, now.toISOString())).toBe(true);
    expect(q.status(id)).toMatchObject({ status: 'queued', attempts: 0, claimed_by: null });
    expect(q.executions(id)[0]?.error_message).toMatch(/shutting down/);
  });

  it('counts jobs by status', () => {
    q.enqueue(3);
    claim('w1');
    expect(q.queue.countsByStatus()).toEqual({ queued: 2, processing: 1, completed: 0, failed: 0, canceled: 0 });
    expect(q.queue.countsByStatus('user_2').queued).toBe(0);
  });
});
