import { sql, type UpdateQueryBuilder, type UpdateResult } from 'kysely';
import type { Database } from '../database.js';
import type { Tables, TranscriptionStatus } from '../tables.js';
import { newId } from '../../shared/ids.js';
import { toTranscription, TRANSCRIPTION_COLUMNS, type Transcription } from './transcriptions.repository.js';

/**
 * Queue glossary
 * - job: a `transcriptions` row; `status` is its place in the queue.
 * - claim: a worker takes the oldest queued job, stamping `claimed_by` (its id) and
 *   `claim_expires_at` (the lease) in the same write transaction that picks it.
 * - lease: while a job runs its worker renews `claim_expires_at`; a job whose lease expired
 *   is orphaned and goes back to the queue.
 * - attempt: one claim; `attempts` counts claims, so a job that keeps killing its worker is
 *   failed after TRANSCRIPTION_MAX_ATTEMPTS instead of looping forever.
 * - fencing: every write after the claim says `claimed_by = me`, so a worker that lost its
 *   lease (or whose job was canceled) changes nothing.
 */

/** Which queued job is claimed next. FIFO now; per-user fairness can slot in here later. */
export interface SchedulerPolicy {
  readonly name: string;
  /** Ids of the next candidates, best first. Called inside the claim transaction. */
  candidates(db: Database, limit: number): { id: string; attempts: number }[];
}

export const fifoPolicy: SchedulerPolicy = {
  name: 'fifo',
  candidates: (db, limit) =>
    db.all(
      db.query
        .selectFrom('transcriptions')
        .select(['id', 'attempts'])
        .where('status', '=', 'queued')
        .orderBy('queued_at')
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit),
    ),
};

/** A claimed job and the execution row of this attempt. */
export interface ClaimedJob {
  job: Transcription;
  executionId: string;
}

export interface CompletedWork {
  transcriptJson: string;
  outputJsonPath: string;
  engineId: string;
  metricsJson: string;
  warnings?: string[];
}

export interface RecoveredJob {
  id: string;
  userId: string;
  attempts: number;
}

export type CancelResult =
  | { result: 'canceled'; job: Transcription; previousStatus: TranscriptionStatus }
  | { result: 'terminal'; job: Transcription }
  | { result: 'not_found' };

type JobUpdate = UpdateQueryBuilder<Tables, 'transcriptions', 'transcriptions', UpdateResult>;

const INTERRUPTED = 'Interrupted: the worker stopped before the job finished.';
// A bound on jobs failed for exhausted attempts in one claim call, so a claim stays short.
const MAX_EXHAUSTED_PER_CLAIM = 50;

export class JobQueueRepository {
  constructor(
    private readonly db: Database,
    private readonly policy: SchedulerPolicy = fifoPolicy,
  ) {}

  /**
   * Claims the next job for `workerId` in one IMMEDIATE transaction, so two workers (or two
   * processes) never claim the same row. Jobs whose attempts are used up are failed on the way.
   */
  claimNext(input: { workerId: string; now: Date; leaseMs: number; maxAttempts: number }): { claimed?: ClaimedJob; exhausted: Transcription[] } {
    const now = input.now.toISOString();
    const expires = new Date(input.now.getTime() + input.leaseMs).toISOString();
    return this.db.immediate(() => {
      const exhausted: Transcription[] = [];
      while (exhausted.length < MAX_EXHAUSTED_PER_CLAIM) {
        const [candidate] = this.policy.candidates(this.db, 1);
        if (!candidate) return { exhausted };
        if (candidate.attempts >= input.maxAttempts) {
          this.db.run(
            this.db.query
              .updateTable('transcriptions')
              .set({
                status: 'failed',
                failed_at: now,
                updated_at: now,
                progress_stage: 'failed',
                last_error: `Stopped after ${candidate.attempts} interrupted attempts.`,
                error_code: 'ATTEMPTS_EXHAUSTED',
                claimed_by: null,
                claim_expires_at: null,
              })
              .where('id', '=', candidate.id),
          );
          exhausted.push(this.get(candidate.id));
          continue;
        }
        this.db.run(
          this.db.query
            .updateTable('transcriptions')
            .set((eb) => ({
              status: 'processing',
              started_at: now,
              updated_at: now,
              progress: 0.05,
              progress_stage: 'preparing',
              claimed_by: input.workerId,
              claim_expires_at: expires,
              attempts: eb('attempts', '+', 1),
              last_error: null,
              error_code: null,
              warnings_json: null,
            }))
            .where('id', '=', candidate.id)
            .where('status', '=', 'queued'),
        );
        const job = this.get(candidate.id);
        const executionId = newId('exec', input.now.getTime());
        // The attempt's execution row opens with the claim, so no attempt can go unrecorded.
        this.db.run(
          this.db.query.insertInto('transcription_executions').values({
            id: executionId,
            transcription_id: job.id,
            user_id: job.userId,
            status: 'processing',
            model_id: job.options.model ?? null,
            request_json: JSON.stringify(job.options),
            started_at: now,
          }),
        );
        return { claimed: { job, executionId }, exhausted };
      }
      return { exhausted };
    });
  }

  renewLease(jobId: string, workerId: string, now: Date, leaseMs: number): boolean {
    const expires = new Date(now.getTime() + leaseMs).toISOString();
    return this.db.run(this.owned(jobId, workerId, this.db.query.updateTable('transcriptions').set({ claim_expires_at: expires }))) === 1;
  }

  updateProgress(jobId: string, workerId: string, progress: number, stage: string, now: string): boolean {
    return (
      this.db.run(
        this.owned(jobId, workerId, this.db.query.updateTable('transcriptions').set({ progress, progress_stage: stage, updated_at: now })),
      ) === 1
    );
  }

  /** Records the engine and model an execution ended up using (known only after resolution). */
  describeExecution(executionId: string, fields: { provider: string; modelId: string; modelFamily: string | null; requestJson: string }): void {
    this.db.run(
      this.db.query
        .updateTable('transcription_executions')
        .set({ provider: fields.provider, model_id: fields.modelId, model_family: fields.modelFamily, request_json: fields.requestJson })
        .where('id', '=', executionId),
    );
  }

  /** Runs `fn` in one write transaction; nested calls join the outer transaction. */
  atomically<T>(fn: () => T): T {
    return this.db.immediate(fn);
  }

  /** Job and execution completed together, or nothing changes (lease lost or job canceled). */
  complete(jobId: string, workerId: string, executionId: string, work: CompletedWork, now: string): boolean {
    return this.db.immediate(() => {
      const changed = this.db.run(
        this.owned(
          jobId,
          workerId,
          this.db.query.updateTable('transcriptions').set({
            status: 'completed',
            completed_at: now,
            updated_at: now,
            progress: 1,
            progress_stage: 'completed',
            transcript_json: work.transcriptJson,
            output_json_path: work.outputJsonPath,
            engine_id: work.engineId,
            last_error: null,
            error_code: null,
            warnings_json: work.warnings?.length ? JSON.stringify(work.warnings) : null,
            claimed_by: null,
            claim_expires_at: null,
          }),
        ),
      );
      if (changed !== 1) return false;
      this.closeExecution(executionId, {
        status: 'completed',
        completed_at: now,
        output_json_path: work.outputJsonPath,
        metrics_json: work.metricsJson,
      });
      return true;
    });
  }

  fail(jobId: string, workerId: string, executionId: string | null, error: { message: string; code: string }, now: string, metricsJson?: string): boolean {
    return this.db.immediate(() => {
      const changed = this.db.run(
        this.owned(
          jobId,
          workerId,
          this.db.query.updateTable('transcriptions').set({
            status: 'failed',
            failed_at: now,
            updated_at: now,
            progress_stage: 'failed',
            last_error: error.message,
            error_code: error.code,
            claimed_by: null,
            claim_expires_at: null,
          }),
        ),
      );
      if (changed !== 1) return false;
      if (executionId) this.closeExecution(executionId, { status: 'failed', failed_at: now, error_message: error.message, metrics_json: metricsJson ?? null });
      return true;
    });
  }

  /**
   * Hands a job back to the queue at shutdown without counting the attempt: it keeps its place
   * (queued_at) and is picked up first at the next start.
   */
  release(jobId: string, workerId: string, executionId: string | null, now: string): boolean {
    return this.db.immediate(() => {
      const changed = this.db.run(
        this.owned(
          jobId,
          workerId,
          this.db.query.updateTable('transcriptions').set((eb) => ({
            status: 'queued',
            updated_at: now,
            progress: 0,
            progress_stage: 'recovered',
            attempts: sql<number>`max(${eb.ref('attempts')} - 1, 0)`,
            claimed_by: null,
            claim_expires_at: null,
          })),
        ),
      );
      if (changed !== 1) return false;
      if (executionId) this.closeExecution(executionId, { status: 'failed', failed_at: now, error_message: 'Interrupted: the server was shutting down.' });
      return true;
    });
  }

  /**
   * A user's cancel: a queued or processing job becomes `canceled` at once and loses its
   * claim (so the worker running it, here or elsewhere, can no longer write to it).
   */
  cancel(userId: string, jobId: string, now: string): CancelResult {
    return this.db.immediate(() => {
      const job = this.findForUser(userId, jobId);
      if (!job) return { result: 'not_found' };
      if (job.status !== 'queued' && job.status !== 'processing') return { result: 'terminal', job };
      this.db.run(
        this.db.query
          .updateTable('transcriptions')
          .set({ status: 'canceled', canceled_at: now, updated_at: now, progress_stage: 'canceled', claimed_by: null, claim_expires_at: null })
          .where('id', '=', jobId),
      );
      this.db.run(
        this.db.query
          .updateTable('transcription_executions')
          .set({ status: 'canceled', failed_at: now, error_message: 'Canceled by the user.' })
          .where('transcription_id', '=', jobId)
          .where('status', '=', 'processing'),
      );
      return { result: 'canceled', job: this.get(jobId), previousStatus: job.status };
    });
  }

  /**
   * Returns `processing` jobs to the queue and closes their open executions as interrupted.
   * `shouldRecover` decides per claim: at startup, jobs of dead processes and expired leases;
   * later, only expired leases (their worker died or hung, maybe in another process).
   */
  recover(now: Date, shouldRecover: (claim: { claimedBy: string | null; expired: boolean }) => boolean): RecoveredJob[] {
    const stamp = now.toISOString();
    return this.db.immediate(() => {
      const rows = this.db
        .all(
          this.db.query
            .selectFrom('transcriptions')
            .select(['id', 'user_id', 'attempts', 'claimed_by', 'claim_expires_at'])
            .where('status', '=', 'processing'),
        )
        .filter((row) => shouldRecover({ claimedBy: row.claimed_by, expired: row.claim_expires_at === null || row.claim_expires_at < stamp }));
      for (const row of rows) {
        this.db.run(
          this.db.query
            .updateTable('transcriptions')
            .set({ status: 'queued', updated_at: stamp, progress: 0, progress_stage: 'recovered', claimed_by: null, claim_expires_at: null })
            .where('id', '=', row.id)
            .where('status', '=', 'processing'),
        );
        this.db.run(
          this.db.query
            .updateTable('transcription_executions')
            .set({ status: 'failed', failed_at: stamp, error_message: INTERRUPTED })
            .where('transcription_id', '=', row.id)
            .where('status', '=', 'processing'),
        );
      }
      return rows.map((row) => ({ id: row.id, userId: row.user_id, attempts: row.attempts }));
    });
  }

  countsByStatus(userId?: string): Record<TranscriptionStatus, number> {
    let select = this.db.query
      .selectFrom('transcriptions')
      .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
      .groupBy('status');
    if (userId) select = select.where('user_id', '=', userId);
    const counts: Record<TranscriptionStatus, number> = { queued: 0, processing: 0, completed: 0, failed: 0, canceled: 0 };
    for (const row of this.db.all(select)) counts[row.status] = row.n;
    return counts;
  }

  private get(id: string): Transcription {
    const row = this.db.first(this.db.query.selectFrom('transcriptions').select(TRANSCRIPTION_COLUMNS).where('id', '=', id));
    if (!row) throw new Error(`job ${id} vanished inside its own transaction`);
    return toTranscription(row);
  }

  private findForUser(userId: string, id: string): Transcription | undefined {
    const row = this.db.first(
      this.db.query.selectFrom('transcriptions').select(TRANSCRIPTION_COLUMNS).where('id', '=', id).where('user_id', '=', userId),
    );
    return row && toTranscription(row);
  }

  /** The fence: an update applies only while `workerId` still holds the job's claim. */
  private owned(jobId: string, workerId: string, query: JobUpdate): JobUpdate {
    return query.where('id', '=', jobId).where('claimed_by', '=', workerId).where('status', '=', 'processing');
  }

  private closeExecution(
    executionId: string,
    fields: { status: 'completed' | 'failed' | 'canceled'; completed_at?: string; failed_at?: string; error_message?: string; output_json_path?: string; metrics_json?: string | null },
  ): void {
    this.db.run(
      this.db.query.updateTable('transcription_executions').set(fields).where('id', '=', executionId).where('status', '=', 'processing'),
    );
  }
}
