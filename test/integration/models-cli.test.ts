import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-cli-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function models(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/models.ts'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, SPEECH_ENGINE_MODEL_BASE_URL: 'http://127.0.0.1:9' },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const line = (out: string, id: string) => out.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';

describe('npm run models', () => {
  it('lists the catalog', () => {
    const { code, out } = models('list');
    expect(code).toBe(0);
    expect(line(out, 'whisper-base')).toMatch(/^whisper-base\s+-\s+208 MB\s+Whisper base$/);
    expect(out).toContain('parakeet-tdt-0.6b-v3');
    expect(out).not.toContain('silero-vad');
  });

  it('imports models copied by hand (a directory, a single file) and removes them', () => {
    const dir = path.join(dataDir, 'sherpa-onnx-whisper-tiny');
    fs.mkdirSync(dir);
    for (const file of ['tiny-encoder.int8.onnx', 'tiny-decoder.int8.onnx', 'tiny-tokens.txt']) fs.writeFileSync(path.join(dir, file), 'weights');
    expect(models('import', dir)).toMatchObject({ code: 0, out: 'whisper-tiny is installed.\n' });
    // Whisper also needs the VAD model before it counts as installed.
    expect(line(models('list').out, 'whisper-tiny')).toMatch(/^whisper-tiny\s+-\s/);
    const vad = path.join(dataDir, 'silero_vad.onnx');
    fs.writeFileSync(vad, 'vad weights');
    expect(models('import', vad)).toMatchObject({ code: 0, out: 'installed: silero-vad\n' });
    expect(line(models('list').out, 'whisper-tiny')).toMatch(/^whisper-tiny\s+installed\s/);
    expect(models('remove', 'whisper-tiny')).toMatchObject({ code: 0, out: 'whisper-tiny was removed.\n' });
    expect(line(models('list').out, 'whisper-tiny')).toMatch(/^whisper-tiny\s+-\s/);
  });

  it('explains failures and bad usage', () => {
    const offline = models('download', 'whisper-tiny');
    expect(offline.code).toBe(1);
    expect(offline.err).toContain('Downloading model whisper-tiny failed: the model server could not be reached.');
    expect(models('download', 'whisper-gigantic').err).toMatch(/Unknown model "whisper-gigantic"/);
    expect(models('import', path.join(dataDir, 'random.bin')).err).toMatch(/does not exist/);
    expect(models('frobnicate').code).toBe(2);
  });
});
