import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnServer, waitForListening, type ServerProcess } from '../helpers/server-process.js';
import { SseClient } from '../helpers/sse-client.js';
import { fixture } from '../helpers/test-app.js';
import { waitUntil } from '../helpers/wait.js';

// Real server processes (the production entry, wired to the fake engine), driven over HTTP.
let dataDir: string;
const servers: ServerProcess[] = [];

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-e2e-'));
});
afterEach(async () => {
  for (const server of servers.splice(0)) {
    if (server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function startServer(delayMs: number): Promise<{ server: ServerProcess; url: string }> {
  const server = spawnServer({ DATA_DIR: dataDir, TRANSCRIPTION_DEFAULT_MODEL: 'fake-whisper', FAKE_ENGINE_DELAY_MS: String(delayMs) }, { fakeEngine: true });
  servers.push(server);
  return { server, url: await waitForListening(server) };
}

async function json(url: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function register(url: string): Promise<Record<string, string>> {
  const { body } = await json(`${url}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'ada', password: 'correct horse battery' }),
  });
  return { authorization: `Bearer ${String(body.access_token)}` };
}

async function submitJfk(url: string, auth: Record<string, string>): Promise<string> {
  const form = new FormData();
  form.append('options', JSON.stringify({ language: 'en' }));
  form.append('file', new Blob([fs.readFileSync(fixture('jfk.wav'))], { type: 'audio/wav' }), 'jfk.wav');
  const { status, body } = await json(`${url}/api/v1/transcriptions:submit`, { method: 'POST', headers: auth, body: form });
  expect(status).toBe(202);
  expect(body.status).toBe('queued');
  return String(body.id);
}

describe('a real server process with the fake engine', () => {
  it('takes jfk.wav through submit → queued → processing → completed, with transcript, executions and logs', async () => {
    const { url } = await startServer(500);
    const auth = await register(url);
    const events = await SseClient.open(`${url}/api/v1/events`, auth);
    try {
      const id = await submitJfk(url, auth);
      await events.waitFor((frames) => frames.some((f) => f.event === 'transcription.completed'));
      const mine = events.events.filter((e) => e.json.id === id);
      expect(mine[0]?.event).toBe('transcription.queued');
      expect(mine.filter((e) => e.event === 'transcription.progress').map((e) => e.json.stage)).toEqual(
        expect.arrayContaining(['preparing', 'transcribing', 'merging', 'saving']),
      );
      expect(mine.at(-1)?.event).toBe('transcription.completed');

      const job = await json(`${url}/api/v1/transcriptions/${id}`, { headers: auth });
      expect(job.body).toMatchObject({ status: 'completed', progress: 1, attempts: 1 });
      const transcript = await json(`${url}/api/v1/transcriptions/${id}/transcript`, { headers: auth });
      expect(transcript.body).toMatchObject({ transcription_id: id, language: 'en', duration_seconds: 11 });
      expect(String(transcript.body.text)).toContain('country');
      const executions = await json(`${url}/api/v1/transcriptions/${id}/executions`, { headers: auth });
      expect(executions.body.items).toEqual([expect.objectContaining({ status: 'completed', provider: 'fake', model: 'fake-whisper' })]);
      const logs = await fetch(`${url}/api/v1/transcriptions/${id}/logs`, { headers: auth });
      expect(await logs.text()).toMatch(/Completed in [\d.]+ s for 11\.0 s of audio/);
    } finally {
      events.close();
    }
  });

  it('completes a job exactly once after kill -9 during the job and a restart', async () => {
    const first = await startServer(4_000);
    const auth = await register(first.url);
    const id = await submitJfk(first.url, auth);
    await waitUntil(async () => (await json(`${first.url}/api/v1/transcriptions/${id}`, { headers: auth })).body.progress_stage === 'transcribing', 10_000, 'transcribing');

    first.server.child.kill('SIGKILL');
    expect(await first.server.exited).toBeNull();

    const second = await startServer(200);
    const done = await waitUntil(async () => {
      const { body } = await json(`${second.url}/api/v1/transcriptions/${id}`, { headers: auth });
      return body.status === 'completed' || body.status === 'failed' ? body : undefined;
    }, 15_000, 'the job to finish after the restart');
    expect(done).toMatchObject({ status: 'completed', attempts: 2 });

    const executions = (await json(`${second.url}/api/v1/transcriptions/${id}/executions`, { headers: auth })).body.items as { status: string; error: string | null }[];
    expect(executions.map((e) => e.status)).toEqual(['failed', 'completed']);
    expect(executions[0]?.error).toMatch(/Interrupted/);
    const stats = await json(`${second.url}/api/v1/admin/queue`, { headers: auth });
    expect(stats.body).toMatchObject({ completed: 1, processing: 0, queued: 0 });
    const logs = await (await fetch(`${second.url}/api/v1/transcriptions/${id}/logs`, { headers: auth })).text();
    expect(logs).toContain('Interrupted during attempt 1; back in the queue (startup).');
    expect(logs.match(/Completed in/g)).toHaveLength(1);
  });
});
