import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { CATALOG } from '../../src/transcription/engine/local/catalog.js';
import { ModelStore } from '../../src/transcription/engine/local/model-store.js';
import { fixture, TestApp, type Session } from '../helpers/test-app.js';
import { wordErrorRate } from '../helpers/wer.js';

/**
 * Opt-in tests with real speech models: SCRIBERR_ENGINE_ITEST=1, with the models already in
 * the cache (SPEECH_ENGINE_CACHE_DIR, or DATA_DIR/models; install with `npm run models -- download <id>`).
 * Each installed transcription model transcribes jfk.wav (word error rate printed), and the
 * diarization model labels dialog-2spk.wav against its truth file.
 */
const enabled = process.env.SCRIBERR_ENGINE_ITEST === '1';
const config = loadConfig(process.env);
const store = new ModelStore(config.speechEngine.cacheDir, CATALOG);
const installed = CATALOG.filter((e) => e.listed !== false && [e.id, ...(e.requires ?? [])].every((id) => store.isInstalled(id)));
const transcribers = installed.filter((e) => e.capabilities.includes('transcription'));
const diarization = installed.find((e) => e.capabilities.includes('diarization'));
const REFERENCE = 'And so, my fellow Americans, ask not what your country can do for you, ask what you can do for your country.';

describe.skipIf(!enabled)(`real speech models (${transcribers.map((e) => e.id).join(', ') || 'none installed'})`, () => {
  let t: TestApp;
  let session: Session;

  beforeAll(async () => {
    t = await TestApp.start({ SPEECH_ENGINE_CACHE_DIR: config.speechEngine.cacheDir, SPEECH_ENGINE_AUTO_DOWNLOAD: 'false' });
    session = await t.register();
  });
  afterAll(async () => {
    await t.close();
  });

  async function run(name: string, options: Record<string, unknown>) {
    const fileId = (await t.upload(session.auth, { name })).json().id;
    const created = await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId, options } });
    expect(created.statusCode, created.body).toBe(202);
    const job = await t.waitForStatus(session.auth, created.json().id, ['completed', 'failed'], 600_000);
    expect(job.status, String(job.error)).toBe('completed');
    return (await t.inject({ method: 'GET', url: `/api/v1/transcriptions/${String(job.id)}/transcript`, headers: session.auth })).json();
  }

  it.skipIf(transcribers.length === 0).each(transcribers.map((e) => e.id))('%s transcribes jfk.wav', async (model) => {
    const transcript = await run('jfk.wav', { model });
    const wer = wordErrorRate(REFERENCE, transcript.text);
    console.log(`${model}: WER ${(wer * 100).toFixed(1)}% — "${transcript.text}"`);
    expect(wer).toBeLessThan(0.35);
    expect(transcript.segments.length).toBeGreaterThan(0);
    for (const segment of transcript.segments) expect(segment.end).toBeLessThanOrEqual(11.2);
  }, 600_000);

  it.skipIf(!diarization || transcribers.length === 0)('finds the two speakers of dialog-2spk.wav near their turns', async () => {
    const truth = JSON.parse(fs.readFileSync(path.join(path.dirname(fixture('dialog-2spk.wav')), 'dialog-2spk.truth.json'), 'utf8')) as {
      turns: { speaker: string; start: number; end: number }[];
    };
    const turns = truth.turns;
    const transcript = await run('dialog-2spk.wav', { model: transcribers[0]?.id, diarization: true });
    console.log(`diarization: ${transcript.speakers.length} speakers; truth ${new Set(turns.map((x) => x.speaker)).size}`);
    expect(transcript.speakers.length).toBe(2);
    // Each true turn's middle should be covered by a segment whose speaker matches that turn's mapped speaker.
    const mapping = new Map<string, string>();
    let agree = 0;
    for (const turn of turns) {
      const middle = (turn.start + turn.end) / 2;
      const segment = transcript.segments.find((s: { start: number; end: number }) => s.start <= middle && s.end >= middle);
      if (!segment?.speaker) continue;
      if (!mapping.has(turn.speaker)) mapping.set(turn.speaker, segment.speaker);
      if (mapping.get(turn.speaker) === segment.speaker) agree++;
    }
    console.log(`diarization: ${agree}/${turns.length} turns agree with the truth`);
    expect(agree / turns.length).toBeGreaterThanOrEqual(0.75);
  }, 600_000);
});
