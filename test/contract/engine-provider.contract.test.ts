import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_DIARIZATION_MODEL, FAKE_TRANSCRIPTION_MODEL, FakeEngineProvider } from '../../src/transcription/engine/fake/fake.provider.js';
import { sherpaAvailable } from '../../src/transcription/engine/local/local.provider.js';
import { EngineError, type EngineProvider, type PreparedAudio } from '../../src/transcription/engine/provider.js';
import { SPHINX_MODEL_ID, SphinxProvider } from '../../src/transcription/engine/sphinx/sphinx.provider.js';
import { localEngine, type LocalEngineFixture } from '../helpers/local-engine.js';
import { fixture } from '../helpers/test-app.js';
import { longSpeechWav } from '../helpers/wav.js';

/**
 * The contract every speech engine provider keeps (architecture §7). Each provider runs the
 * same checks; what it cannot run is skipped with the reason.
 */
interface Subject {
  name: string;
  transcriptionModel: string;
  diarizationModel: string | null;
  /** Real engines listen to the audio; the fake one does not (it cannot tell silence from speech). */
  hearsAudio: boolean;
  skip: string | null;
  create: () => Promise<{ provider: EngineProvider; close: () => Promise<void> }>;
}

let local: LocalEngineFixture | undefined;

const subjects: Subject[] = [
  {
    name: 'fake',
    transcriptionModel: FAKE_TRANSCRIPTION_MODEL,
    diarizationModel: FAKE_DIARIZATION_MODEL,
    hearsAudio: false,
    skip: null,
    create: async () => ({ provider: new FakeEngineProvider({ delayMs: 400, steps: 8 }), close: async () => {} }),
  },
  {
    name: 'sphinx',
    transcriptionModel: SPHINX_MODEL_ID,
    diarizationModel: null,
    hearsAudio: true,
    skip: new SphinxProvider().installed() ? null : 'PocketSphinx is not installed (Debian packages pocketsphinx and pocketsphinx-en-us)',
    create: async () => ({ provider: new SphinxProvider(), close: async () => {} }),
  },
  {
    name: 'local (sherpa-onnx with synthetic models)',
    transcriptionModel: 'test-ctc',
    diarizationModel: 'test-diarization',
    hearsAudio: true,
    skip: sherpaAvailable() ? null : 'sherpa-onnx-node has no binary for this platform',
    create: async () => {
      local = await localEngine();
      return { provider: local.provider, close: () => local?.close() ?? Promise.resolve() };
    },
  },
];

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-contract-'));
const wav = (name: string, durationSeconds: number): PreparedAudio => ({ path: fixture(name), format: 'wav16k', durationSeconds });
const JFK = wav('jfk.wav', 11);

function expectEngineError(err: unknown, codes: string[]): void {
  expect(err).toBeInstanceOf(EngineError);
  expect(codes).toContain((err as EngineError).code);
  expect((err as EngineError).message).not.toMatch(/\/(tmp|home|usr|var|work)\//);
}

for (const subject of subjects) {
  describe.skipIf(subject.skip !== null)(`engine provider contract: ${subject.name}${subject.skip ? ` (skipped: ${subject.skip})` : ''}`, () => {
    let provider: EngineProvider;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ provider, close } = await subject.create());
    });
    afterAll(async () => {
      await close();
    });

    const request = (audio: PreparedAudio) => ({ jobId: 'tr_contract', audio, modelId: subject.transcriptionModel, language: null, task: 'transcribe' as const });

    it('describes its models', async () => {
      const models = await provider.capabilities();
      expect(models.length).toBeGreaterThan(0);
      for (const model of models) {
        expect(model.provider).toBe(provider.id);
        expect(model.id).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
        expect(model.name).not.toBe('');
        expect(typeof model.installed).toBe('boolean');
        expect(Array.isArray(model.languages)).toBe(true);
        expect(model.capabilities.length).toBeGreaterThan(0);
      }
      expect(models.map((m) => m.id)).toContain(subject.transcriptionModel);
    });

    it('refuses a model it does not have with MODEL_NOT_FOUND', async () => {
      await expect(provider.prepare('no-such-model', new AbortController().signal)).rejects.toSatisfy((err) => {
        expectEngineError(err, ['MODEL_NOT_FOUND']);
        return true;
      });
    });

    it('transcribes speech into ordered, timed words with rising progress', async () => {
      await provider.prepare(subject.transcriptionModel, new AbortController().signal);
      const progress: number[] = [];
      const result = await provider.transcribe(request(JFK), new AbortController().signal, (f) => progress.push(f));
      expect(result.text.length).toBeGreaterThan(0);
      expect(result.language === null || typeof result.language === 'string').toBe(true);
      const words = result.words ?? [];
      expect(words.length).toBeGreaterThan(0);
      words.forEach((word, i) => {
        expect(word.start).toBeGreaterThanOrEqual(i > 0 ? (words[i - 1]?.start ?? 0) : 0);
        expect(word.end).toBeGreaterThanOrEqual(word.start);
        expect(word.end).toBeLessThanOrEqual(11.1);
      });
      expect(progress.every((f) => f >= 0 && f <= 1)).toBe(true);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    });

    it('hears silence as nothing (no invented text)', async (context) => {
      if (!subject.hearsAudio) context.skip('the fake engine does not listen to audio');
      const result = await provider.transcribe(request(wav('silence-5s.wav', 5)), new AbortController().signal);
      expect(result.text).toBe('');
      expect(result.words ?? []).toEqual([]);
    });

    it('copes with a 0.4 s clip', async () => {
      const result = await provider.transcribe(request(wav('short-0.4s.wav', 0.4)), new AbortController().signal);
      expect(typeof result.text).toBe('string');
    });

    it('stops at once when canceled before it starts', async () => {
      await expect(provider.transcribe(request(JFK), AbortSignal.abort())).rejects.toSatisfy((err) => {
        expectEngineError(err, ['ABORTED']);
        return true;
      });
    });

    it('stops within seconds when canceled while working', async () => {
      const long = longSpeechWav(path.join(scratch, `${subject.name.split(' ')[0] ?? 'x'}-long.wav`), 300);
      const controller = new AbortController();
      const started = performance.now();
      const work = provider.transcribe(request({ path: long, format: 'wav16k', durationSeconds: 300 }), controller.signal);
      setTimeout(() => controller.abort(), 300);
      await expect(work).rejects.toSatisfy((err) => {
        expectEngineError(err, ['ABORTED']);
        return true;
      });
      expect(performance.now() - started).toBeLessThan(6_000);
    });

    it('labels speakers, or says clearly that it cannot', async () => {
      if (!subject.diarizationModel) {
        await expect(provider.diarize({ jobId: 'tr_contract', audio: JFK, modelId: subject.transcriptionModel }, new AbortController().signal)).rejects.toSatisfy((err) => {
          expectEngineError(err, ['UNSUPPORTED']);
          return true;
        });
        return;
      }
      await provider.prepare(subject.diarizationModel, new AbortController().signal);
      const result = await provider.diarize({ jobId: 'tr_contract', audio: JFK, modelId: subject.diarizationModel, numSpeakers: 2 }, new AbortController().signal);
      expect(result.turns.length).toBeGreaterThan(0);
      for (const turn of result.turns) {
        expect(typeof turn.speaker).toBe('string');
        expect(turn.end).toBeGreaterThanOrEqual(turn.start);
        expect(turn.end).toBeLessThanOrEqual(11.1);
      }
    });
  });
}
