import type {
  Execution,
  ExecutionsRepository,
  JobOptions,
  ProfilesRepository,
  Transcription,
  TranscriptionsRepository,
} from '../db/repositories/index.js';
import type { TranscriptionStatus } from '../db/tables.js';
import type { BlobStorage } from '../storage/index.js';
import { isoNow, type Clock } from '../shared/clock.js';
import { decodeCursor, toPage, type Page } from '../shared/cursor.js';
import { AppError, notFound, validationError } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { resolveJobOptions } from '../transcription/job-options.js';
import { EXPORT_CONTENT_TYPES, exportTranscript, type ExportFormat } from '../transcription/transcript/exports/index.js';
import { parseStoredTranscript, type Transcript } from '../transcription/transcript/index.js';
import type { JobLog } from '../transcription/job-log.js';
import type { QueueService } from '../transcription/worker/queue.service.js';
import type { EventBroker } from './events/event-broker.js';
import type { FilesService, MediaSource, ReceivedUpload } from './files.service.js';
import type { JobOptionsValidator } from './job-options-validator.js';
import { listPage, type SortedListOptions } from './listing.js';
import type { Principal } from './principal.js';
import { cleanTitle, requiredTitle } from './titles.js';

export interface CreateTranscriptionInput {
  fileId: string;
  title?: string | undefined;
  profileId?: string | undefined;
  options?: JobOptions | undefined;
}

export interface TranscriptionListOptions extends SortedListOptions {
  q?: string | undefined;
  status?: TranscriptionStatus | undefined;
  fileId?: string | undefined;
  updatedAfter?: string | undefined;
}

const ACTIVE: readonly TranscriptionStatus[] = ['queued', 'processing'];
const MEDIA_EXTENSION = /\.(wav|mp3|m4a|mp4|aac|ogg|oga|opus|webm|flac|mkv|mov|avi|wma|aiff?)$/i;

/** A file name from a title: no media extension, nothing a file system or header would choke on. */
export function exportBaseName(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const base = title.replace(MEDIA_EXTENSION, '').replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  return base.slice(0, 120) || 'transcript';
}

export class TranscriptionsService {
  constructor(
    private readonly deps: {
      transcriptions: TranscriptionsRepository;
      executions: ExecutionsRepository;
      jobLog: JobLog;
      profiles: ProfilesRepository;
      files: FilesService;
      queue: QueueService;
      validator: JobOptionsValidator;
      storage: BlobStorage;
      events: EventBroker;
      clock: Clock;
      defaultModel: string;
    },
  ) {}

  /**
   * Queues a transcription of an uploaded file. The job is committed before the queue is
   * told, so a stopped queue (503) still leaves it durably queued for the next start.
   */
  async create(principal: Principal, input: CreateTranscriptionInput): Promise<Transcription> {
    const { options, profileId } = await this.resolve(principal, input);
    const file = this.deps.files.get(principal, input.fileId);
    return this.insertAndEnqueue(principal, { fileId: file.id, title: this.titleFor(input.title, file.title), options, profileId, sourceId: null });
  }

  /** Upload and queue in one call: options are checked before the upload is accepted, so a bad request keeps nothing. */
  async submit(principal: Principal, upload: ReceivedUpload, input: Omit<CreateTranscriptionInput, 'fileId'>): Promise<Transcription> {
    const { options, profileId } = await this.resolve(principal, input);
    const file = await this.deps.files.accept(principal, upload);
    return this.insertAndEnqueue(principal, { fileId: file.id, title: this.titleFor(input.title, file.title), options, profileId, sourceId: null });
  }

  /** Auto-transcription of a fresh upload with the user's default profile. */
  async createForUpload(principal: Principal, fileId: string): Promise<Transcription> {
    return this.create(principal, { fileId });
  }

  list(principal: Principal, options: TranscriptionListOptions): Page<Transcription> {
    return listPage(options, (after, limit) =>
      this.deps.transcriptions.list({ userId: principal.userId, q: options.q, status: options.status, fileId: options.fileId, updatedAfter: options.updatedAfter, sort: options.sort.spec, after, limit }),
    );
  }

  get(principal: Principal, id: string): Transcription {
    const job = this.deps.transcriptions.findForUser(principal.userId, id);
    if (!job) throw notFound('Transcription');
    return job;
  }

  rename(principal: Principal, id: string, title: string): Transcription {
    const clean = requiredTitle(title);
    if (!this.deps.transcriptions.updateTitle(principal.userId, id, clean, isoNow(this.deps.clock))) throw notFound('Transcription');
    const job = this.get(principal, id);
    this.deps.events.publish('transcription.updated', principal.userId, { id, status: job.status, progress: job.progress, stage: job.progressStage, title: job.title }, id);
    return job;
  }

  /** Deletes a transcription: a running job is canceled first, then its row and transcript files go. */
  async delete(principal: Principal, id: string): Promise<void> {
    const job = this.get(principal, id);
    if (ACTIVE.includes(job.status)) {
      try {
        this.deps.queue.cancel(principal.userId, id);
      } catch (err) {
        // It finished between the read and the cancel: nothing left to stop.
        if (!(err instanceof AppError && err.code === 'INVALID_STATE')) throw err;
      }
      await this.deps.queue.settled(id);
    }
    if (!this.deps.transcriptions.delete(principal.userId, id)) throw notFound('Transcription');
    await this.deps.storage.removePrefix(`transcripts/${id}`);
    this.deps.events.publish('transcription.deleted', principal.userId, { id, status: 'deleted' }, id);
  }

  cancel(principal: Principal, id: string): Transcription {
    return this.deps.queue.cancel(principal.userId, id);
  }

  /**
   * A new job for the same file, linked to the one it retries. Its options are the source's,
   * with `changes` laid over them (say another model after a failed download).
   */
  async retry(principal: Principal, id: string, changes?: JobOptions): Promise<Transcription> {
    const source = this.get(principal, id);
    if (ACTIVE.includes(source.status)) {
      throw new AppError('INVALID_STATE', `The transcription is still ${source.status}; retry it once it has finished, failed or been canceled.`);
    }
    try {
      this.deps.files.get(principal, source.fileId);
    } catch {
      throw new AppError('INVALID_STATE', 'The file of this transcription was deleted, so it cannot be retried.');
    }
    await this.deps.validator.checkRequested(changes);
    const options = resolveJobOptions([changes, source.options], { model: this.deps.defaultModel });
    await this.deps.validator.checkResolved(options);
    // Checked after the awaits and right before the insert, so a double click cannot queue two.
    const running = this.deps.transcriptions.findActiveInRetryLineage(principal.userId, source.id);
    if (running) {
      throw new AppError('INVALID_STATE', `A retry of this transcription is already ${running.status} (${running.id}); wait for it to finish, or cancel it first.`);
    }
    return this.insertAndEnqueue(principal, { fileId: source.fileId, title: source.title, options, profileId: source.profileId, sourceId: source.id });
  }

  transcript(principal: Principal, id: string): Transcript {
    const job = this.get(principal, id);
    if (job.status !== 'completed' || job.transcriptJson === null) {
      throw new AppError('TRANSCRIPT_NOT_READY', `The transcript is not ready: the transcription is ${job.status}.`);
    }
    return parseStoredTranscript(job.transcriptJson);
  }

  /** The transcript in a download format, with a file name made from the title. */
  exportAs(principal: Principal, id: string, format: ExportFormat): { fileName: string; contentType: string; body: string } {
    const job = this.get(principal, id);
    const transcript = this.transcript(principal, id);
    return { fileName: `${exportBaseName(job.title)}.${format}`, contentType: EXPORT_CONTENT_TYPES[format], body: exportTranscript(format, job.id, transcript) };
  }

  async openMedia(principal: Principal, id: string): Promise<MediaSource> {
    return this.deps.files.openMedia(principal, this.get(principal, id).fileId);
  }

  /** The job's own log as text lines: `<time> <LEVEL> <message>`. */
  logText(principal: Principal, id: string): string {
    const job = this.get(principal, id);
    return this.deps.jobLog
      .lines(job.id)
      .map((line) => `${line.at} ${line.level.toUpperCase().padEnd(5)} ${line.message}\n`)
      .join('');
  }

  executions(principal: Principal, id: string, limit: number, cursor?: string): Page<Execution> {
    const job = this.get(principal, id);
    const after = cursor ? decodeCursor(cursor, 'started_at') : undefined;
    const rows = this.deps.executions.listForJob(job.id, limit + 1, after && { startedAt: String(after.value), id: after.id });
    return toPage(rows, limit, 'started_at', (e) => e.startedAt);
  }

  private async resolve(principal: Principal, input: Omit<CreateTranscriptionInput, 'fileId'>) {
    await this.deps.validator.checkRequested(input.options);
    const selected = input.profileId ? this.deps.profiles.find(principal.userId, input.profileId) : undefined;
    if (input.profileId && !selected) throw validationError('profile_id', `Profile "${input.profileId}" was not found.`);
    const fallback = this.deps.profiles.findDefault(principal.userId);
    const options = resolveJobOptions([input.options, selected?.options, fallback?.options], { model: this.deps.defaultModel });
    await this.deps.validator.checkResolved(options);
    return { options, profileId: selected?.id ?? fallback?.id ?? null };
  }

  private titleFor(requested: string | undefined, fileTitle: string): string {
    return (requested && cleanTitle(requested)) || fileTitle;
  }

  private insertAndEnqueue(
    principal: Principal,
    job: { fileId: string; title: string; options: JobOptions; profileId: string | null; sourceId: string | null },
  ): Transcription {
    const id = newId('tr');
    this.deps.jobLog.info(id, job.sourceId ? `Queued as a retry of ${job.sourceId}.` : 'Queued.');
    this.deps.jobLog.commit(id, () => this.deps.transcriptions.insertQueued({
      id,
      userId: principal.userId,
      fileId: job.fileId,
      title: job.title,
      options: job.options,
      profileId: job.profileId,
      sourceTranscriptionId: job.sourceId,
      now: isoNow(this.deps.clock),
    }));
    const created = this.get(principal, id);
    this.deps.queue.enqueue(created);
    return created;
  }
}
