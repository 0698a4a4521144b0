import type { Logger } from 'pino';
import type { FilesRepository, JobQueueRepository, Transcription } from '../../db/repositories/index.js';
import type { EventBroker } from '../../services/events/event-broker.js';
import type { BlobStorage } from '../../storage/index.js';
import type { Clock } from '../../shared/clock.js';
import { sanitizeMessage } from '../../shared/sanitize.js';
import { EngineError, type PreparedAudio, type ProviderRegistry } from '../engine/index.js';
import type { JobLog } from '../job-log.js';
import { resolveJobOptions, type ResolvedOptions } from '../job-options.js';
import { buildTranscript, type SpeakerTurn } from '../transcript/index.js';
import { abortKindOf } from '../worker/job-abort.js';
import type { JobRunner } from '../worker/queue.service.js';
import type { AudioPreparer } from './audio-preparer.js';
import { ProgressReporter, STAGE_PROGRESS } from './progress-reporter.js';

/** A failure with a message written for the job's owner. */
class JobFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface JobProcessorDeps {
  queue: JobQueueRepository;
  files: FilesRepository;
  storage: BlobStorage;
  registry: ProviderRegistry;
  audio: AudioPreparer;
  events: EventBroker;
  jobLog: JobLog;
  clock: Clock;
  logger: Logger;
  defaultModel: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The code and message a job's owner sees for a failure; anything unexpected stays generic. */
export function publicError(err: unknown): { code: string; message: string } {
  if (err instanceof JobFailure) return { code: err.code, message: err.message };
  if (err instanceof EngineError) return { code: err.code, message: sanitizeMessage(err.message, [], 600) };
  return { code: 'INTERNAL_ERROR', message: 'Transcription failed because of an internal error; the server log has the details.' };
}

export function transcriptKey(jobId: string): string {
  return `transcripts/${jobId}/transcript.json`;
}

/**
 * One job's pipeline (architecture §6): execution row → source file → model → audio →
 * transcribe → diarize → merge → save, with stages and progress persisted and published,
 * and every outcome written owner-fenced so a worker that lost the job changes nothing.
 */
export class JobProcessor implements JobRunner {
  constructor(private readonly deps: JobProcessorDeps) {}

  async run(job: Transcription, context: { workerId: string; executionId: string; signal: AbortSignal }): Promise<void> {
    const { queue, clock, jobLog } = this.deps;
    const { workerId, executionId, signal } = context;
    const log = this.deps.logger.child({ jobId: job.id, workerId });
    const options = resolveJobOptions([job.options], { model: this.deps.defaultModel });
    jobLog.info(job.id, `Options: model ${options.model}, language ${options.language}, task ${options.task}, diarization ${options.diarization ? 'on' : 'off'}.`);

    const progress = new ProgressReporter(job, workerId, this.deps);
    const started = performance.now();
    const metrics: Record<string, number> = {};
    let release: (() => Promise<void>) | undefined;
    try {
      const source = this.sourceOf(job);
      const { provider, model } = await this.deps.registry.resolve(options.model);
      jobLog.info(job.id, `Engine: ${provider.id}, model ${model.id}${model.installed ? '' : ' (not installed yet)'}.`);
      // Written with the next commit, so even a job that fails while preparing records its engine.
      progress.also(() =>
        queue.describeExecution(executionId, { provider: provider.id, modelId: model.id, modelFamily: model.id.split('-')[0] ?? null, requestJson: JSON.stringify(options) }),
      );
      await provider.prepare(model.id, signal, (fraction, detail) =>
        progress.within(detail === 'downloading' ? 'downloading' : 'preparing', STAGE_PROGRESS.preparing, 0.15, fraction),
      );

      const decodeStart = performance.now();
      const audio = await this.deps.audio.prepare(job.id, source.path, source.durationSeconds, signal);
      release = audio.release;
      metrics.decode_ms = Math.round(performance.now() - decodeStart);

      progress.enter('transcribing');
      const inferenceStart = performance.now();
      const raw = await provider.transcribe(
        { jobId: job.id, audio, modelId: model.id, language: options.language === 'auto' ? null : options.language, task: options.task },
        signal,
        (fraction) => progress.within('transcribing', STAGE_PROGRESS.transcribing, STAGE_PROGRESS.diarizing, fraction),
      );
      metrics.inference_ms = Math.round(performance.now() - inferenceStart);
      jobLog.info(job.id, `Transcribed in ${seconds(metrics.inference_ms)} (language ${raw.language ?? 'unknown'}).`);

      const warnings: string[] = [];
      const turns = options.diarization ? await this.diarize(job, options, audio, signal, progress, metrics, warnings) : undefined;

      progress.enter('merging');
      const diarizationModel = turns ? (await this.deps.registry.defaultDiarizationModel())?.id : undefined;
      const transcript = buildTranscript(raw, turns, {
        provider: provider.id,
        transcription_model: model.id,
        ...(diarizationModel ? { diarization_model: diarizationModel } : {}),
      });

      progress.enter('saving');
      const json = JSON.stringify(transcript);
      const key = transcriptKey(job.id);
      await this.deps.storage.write(key, json);
      metrics.total_ms = Math.round(performance.now() - started);
      const audioSeconds = transcript.duration_seconds ?? source.durationSeconds ?? 0;
      metrics.audio_seconds = audioSeconds;
      if (audioSeconds > 0) metrics.real_time_factor = Math.round((metrics.total_ms / 1000 / audioSeconds) * 1000) / 1000;

      if (signal.aborted) throw signal.reason;
      const now = clock.now().toISOString();
      const work = { transcriptJson: json, outputJsonPath: key, engineId: provider.id, metricsJson: JSON.stringify(metrics), warnings };
      const summary = `Completed in ${seconds(metrics.total_ms)} for ${audioSeconds.toFixed(1)} s of audio; ${transcript.segments.length} segments, ${transcript.words.length} words, ${transcript.speakers.length} speakers.`;
      const completed = progress.finish(() => {
        const done = queue.complete(job.id, workerId, executionId, work, now);
        if (done) jobLog.info(job.id, summary);
        return done;
      });
      if (!completed) {
        log.warn('result discarded: the job was canceled or reassigned meanwhile');
        return;
      }
      log.info({ stage: 'completed', durationMs: metrics.total_ms, rtf: metrics.real_time_factor }, 'job completed');
      this.deps.events.publish('transcription.completed', job.userId, { id: job.id, status: 'completed', progress: 1, stage: 'completed' }, job.id);
    } catch (err) {
      this.settleFailure(job, workerId, executionId, err, signal, { metrics, started, progress }, log);
    } finally {
      progress.stop();
      await release?.();
    }
  }

  private sourceOf(job: Transcription): { path: string; durationSeconds: number | null } {
    const file = this.deps.files.findForUser(job.userId, job.fileId);
    if (!file?.storageKey) throw new JobFailure('SOURCE_MISSING', 'The source file was deleted, so there is nothing to transcribe.');
    return { path: this.deps.storage.localPath(file.storageKey), durationSeconds: file.durationSeconds };
  }

  /** Diarization failing must not throw the transcript away: the job completes without speakers. */
  private async diarize(
    job: Transcription,
    options: ResolvedOptions,
    audio: PreparedAudio,
    signal: AbortSignal,
    progress: ProgressReporter,
    metrics: Record<string, number>,
    warnings: string[],
  ): Promise<SpeakerTurn[] | undefined> {
    progress.enter('diarizing');
    const start = performance.now();
    try {
      const model = await this.deps.registry.defaultDiarizationModel();
      if (!model) throw new EngineError('MODEL_NOT_FOUND', 'No speaker diarization model is available on this server.');
      const { provider } = await this.deps.registry.resolve(model.id);
      await provider.prepare(model.id, signal);
      const result = await provider.diarize(
        { jobId: job.id, audio, modelId: model.id, numSpeakers: options.num_speakers, minSpeakers: options.min_speakers, maxSpeakers: options.max_speakers },
        signal,
        (fraction) => progress.within('diarizing', STAGE_PROGRESS.diarizing, STAGE_PROGRESS.merging, fraction),
      );
      metrics.diarization_ms = Math.round(performance.now() - start);
      const speakers = new Set(result.turns.map((t) => t.speaker)).size;
      this.deps.jobLog.info(job.id, `Diarized in ${seconds(metrics.diarization_ms)}: ${speakers} speakers.`);
      return result.turns;
    } catch (err) {
      if (signal.aborted) throw err;
      const reason = publicError(err).message;
      warnings.push(`Speaker diarization failed, so the transcript has no speakers: ${reason}`);
      this.deps.jobLog.warn(job.id, `Speaker diarization failed, so the transcript has no speakers: ${reason}`);
      this.deps.logger.warn({ jobId: job.id, err }, 'diarization failed; keeping the transcript without speakers');
      return undefined;
    }
  }

  private settleFailure(
    job: Transcription,
    workerId: string,
    executionId: string,
    err: unknown,
    signal: AbortSignal,
    state: { metrics: Record<string, number>; started: number; progress: ProgressReporter },
    log: Logger,
  ): void {
    const { metrics, started, progress } = state;
    const { queue, jobLog, clock, events } = this.deps;
    const now = clock.now().toISOString();
    const abort = abortKindOf(signal);
    if (abort === 'shutdown') {
      progress.finish(() => {
        if (queue.release(job.id, workerId, executionId, now)) jobLog.warn(job.id, 'Interrupted by a server shutdown; back in the queue.');
      });
      log.info({ stage: 'released' }, 'job handed back at shutdown');
      return;
    }
    if (abort === 'cancel' || abort === 'lease_lost') {
      // A cancel already persisted `canceled`; a lost lease belongs to whoever recovered the job.
      progress.finish(() => undefined);
      log.info({ reason: abort }, 'job stopped');
      return;
    }
    const failure = publicError(err);
    const message = failure.message;
    metrics.total_ms = Math.round(performance.now() - started);
    const failed = progress.finish(() => {
      const done = queue.fail(job.id, workerId, executionId, failure, now, JSON.stringify(metrics));
      if (done) jobLog.error(job.id, `Failed (${failure.code}): ${message}`);
      return done;
    });
    if (!failed) {
      log.warn({ err }, 'failure not recorded: the job was canceled or reassigned meanwhile');
      return;
    }
    log.warn({ err, stage: 'failed' }, 'job failed');
    events.publish('transcription.failed', job.userId, { id: job.id, status: 'failed', progress: progress.current.progress, stage: 'failed', error: message, error_code: failure.code }, job.id);
  }
}
