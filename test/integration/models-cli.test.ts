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

// Enough of an ONNX file's shape (a protobuf opening with ir_version) to pass the install check.
const onnxLike = Buffer.concat([Buffer.from([0x08, 0x08]), Buffer.alloc(100, 1)]);
const line = (out: string, id: string) => out.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';

describe('npm run models', () => {
  it('lists the catalog', () => {
    const { code, out } = models('list');
    expect(code).toBe(0);
    expect(line(out, 'whisper-base')).toMatch(/^whisper-base\s+-\s+208 MB\s+Whisper base$/);
    expect(out).toContain('parakeet-tdt-0.6b-v3');
    expect(line(out, 'silero-vad')).toContain('(helper, installed with the models that need it)');
    expect(out).toContain('pocketsphinx-en-us comes from the system packages');
  });

  it('imports models copied by hand (a directory, a single file) and removes them', () => {
    const dir = path.join(dataDir, 'sherpa-onnx-whisper-tiny');
    fs.mkdirSync(dir);
    for (const file of ['tiny-encoder.int8.onnx', 'tiny-decoder.int8.onnx', 'tiny-tokens.txt']) fs.writeFileSync(path.join(dir, file), onnxLike);
    expect(models('import', dir)).toMatchObject({ code: 0, out: 'whisper-tiny is installed.\n' });
    // Whisper also needs the VAD model before it counts as installed.
    expect(line(models('list').out, 'whisper-tiny')).toMatch(/^whisper-tiny\s+-\s/);
    const vad = path.join(dataDir, 'silero_vad.onnx');
    fs.writeFileSync(vad, onnxLike);
    expect(models('import', vad)).toMatchObject({ code: 0, out: 'installed: silero-vad\n' });
    expect(line(models('list').out, 'whisper-tiny')).toMatch(/^whisper-tiny\s+installed\s/);
    expect(models('remove', 'whisper-tiny')).toMatchObject({ code: 0, out: 'whisper-tiny was removed.\n' });
    expect(line(models('list').out, 'whisper-tiny')).toMatch(/^whisper-tiny\s+-\s/);
  });

  it('refuses files that are not models, and forgets them so a download can replace them', () => {
    const junk = path.join(dataDir, 'sherpa-onnx-whisper-base.tar.bz2');
    fs.writeFileSync(junk, 'junk');
    const result = models('import', junk);
    expect(result.code).toBe(1);
    expect(result.err).toContain('sherpa-onnx-whisper-base.tar.bz2 could not be unpacked: it is not an intact .tar.bz2 model archive.');
    expect(fs.readdirSync(path.join(dataDir, 'models', '.downloads'))).toEqual([]);
    const notOnnx = path.join(dataDir, 'silero_vad.onnx');
    fs.writeFileSync(notOnnx, 'not a model');
    expect(models('import', notOnnx).err).toContain('are not ONNX models: silero_vad.onnx');
    const partial = path.join(dataDir, 'partial');
    fs.mkdirSync(partial);
    expect(models('import', partial, 'whisper-base').err).toContain('missing base-encoder.int8.onnx, base-decoder.int8.onnx, base-tokens.txt');
  });

  it('explains failures and bad usage', () => {
    const offline = models('download', 'whisper-tiny');
    expect(offline.code).toBe(1);
    expect(offline.err).toContain('Downloading model whisper-tiny failed: the model server could not be reached.');
    expect(models('download', 'whisper-gigantic').err).toMatch(/Unknown model "whisper-gigantic"/);
    expect(models('import', path.join(dataDir, 'random.bin')).err).toMatch(/does not exist/);
    expect(models('remove', 'whisper-gigantic')).toMatchObject({ code: 1 });
    expect(models('frobnicate').code).toBe(2);
  });
});
