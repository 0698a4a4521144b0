import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnServer, waitForListening } from '../helpers/server-process.js';

let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-proc-'));
});
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process', () => {
  it('starts with an embedded database, serves requests and stops cleanly on SIGTERM', async () => {
    const server = spawnServer({ DATA_DIR: dataDir });
    try {
      const url = await waitForListening(server);
      const ready = await fetch(`${url}/api/v1/ready`);
      expect(ready.status).toBe(200);
      const status = await fetch(`${url}/api/v1/auth/registration-status`);
      expect(await status.json()).toEqual({ registration_open: true });

      expect(fs.existsSync(path.join(dataDir, 'scriberr.db'))).toBe(true);
      const secret = fs.statSync(path.join(dataDir, 'jwt_secret'));
      expect(secret.mode & 0o777).toBe(0o600);
      // The effective configuration is logged, and the generated secret never is.
      expect(server.output()).toContain('"msg":"configuration"');
      expect(server.output()).not.toContain(fs.readFileSync(path.join(dataDir, 'jwt_secret'), 'utf8').trim());
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
  });

  it('exits without working the queue when it cannot listen', async () => {
    const first = spawnServer({ DATA_DIR: dataDir });
    try {
      const url = await waitForListening(first);
      const port = new URL(url).port;
      const second = spawnServer({ DATA_DIR: dataDir, PORT: port });
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/EADDRINUSE/);
      expect(second.output()).not.toContain('queue started');
    } finally {
      first.child.kill('SIGTERM');
    }
    await first.exited;
  });

  it('refuses to start on invalid configuration with one line naming every bad variable', async () => {
    const server = spawnServer({ DATA_DIR: dataDir, PORT: 'eighty', TRANSCRIPTION_QUEUE_POLL_INTERVAL: '2 seconds', SPEECH_ENGINE_PROVIDER: 'tpu' });
    expect(await server.exited).toBe(1);
    const lines = server.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^scriberr: Invalid configuration: /);
    expect(lines[0]).toContain('PORT="eighty"');
    expect(lines[0]).toContain('TRANSCRIPTION_QUEUE_POLL_INTERVAL="2 seconds"');
    expect(lines[0]).toContain('SPEECH_ENGINE_PROVIDER="tpu" (expected one of auto, cpu, cuda)');
  });
});
