import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TestApp, type Session } from '../helpers/test-app.js';
import { SseClient } from '../helpers/sse-client.js';
import { waitUntil } from '../helpers/wait.js';

let t: TestApp;
let session: Session;
let base: string;
const clients: SseClient[] = [];

beforeEach(async () => {
  ({ t } = await TestApp.withFakeEngine({ delayMs: 300, steps: 5 }, {}, { sseHeartbeatMs: 100 }));
  session = await t.register();
  base = await t.listen();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await t.close();
});

async function open(path: string, headers: Record<string, string> = session.auth): Promise<SseClient> {
  const client = await SseClient.open(`${base}${path}`, headers);
  clients.push(client);
  return client;
}

async function createJob(): Promise<string> {
  const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
  const response = await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId } });
  return response.json().id as string;
}

const finished = (frames: { event?: string }[]) => frames.some((f) => f.event === 'transcription.completed');

describe('the global event stream', () => {
  it('delivers a job’s events in order, each with an id, ending with transcription.completed', async () => {
    const stream = await open('/api/v1/events');
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const id = await createJob();
    await stream.waitFor(finished);

    const events = stream.events.filter((e) => e.json.id === id);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('transcription.queued');
    expect(names.at(-1)).toBe('transcription.completed');
    expect(names.filter((n) => n === 'transcription.progress').length).toBeGreaterThanOrEqual(5);
    const progress = events.map((e) => Number(e.json.progress));
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const stages = events.map((e) => e.json.stage);
    expect(stages).toEqual(expect.arrayContaining(['queued', 'preparing', 'transcribing', 'merging', 'saving', 'completed']));
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(events.find((e) => e.event === 'transcription.progress')?.json).toEqual({ id, status: 'processing', progress: expect.any(Number), stage: expect.any(String) });
  });

  it('also announces uploads as file.ready', async () => {
    const stream = await open('/api/v1/events');
    const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
    await stream.waitFor((frames) => frames.some((f) => f.event === 'file.ready'));
    expect(stream.events.find((e) => e.event === 'file.ready')?.json).toMatchObject({ id: fileId, status: 'ready', kind: 'audio' });
  });

  it('sends heartbeat comments', async () => {
    const stream = await open('/api/v1/events');
    await stream.waitFor((frames) => frames.filter((f) => f.comment === 'heartbeat').length >= 2, 3_000);
  });

  it('replays missed events after Last-Event-ID, and asks for a resync when it cannot', async () => {
    const first = await open('/api/v1/events');
    const id = await createJob();
    await first.waitFor(finished);
    const all = first.events.filter((e) => e.json.id === id);
    first.close();

    const cut = all[1]?.id ?? '';
    const resumed = await open('/api/v1/events', { ...session.auth, 'last-event-id': cut });
    await resumed.waitFor(finished, 3_000);
    expect(resumed.events.map((e) => e.id)).toEqual(all.slice(2).map((e) => e.id));

    const stale = await open('/api/v1/events?last_event_id=deadbeef.1');
    await stale.waitFor((frames) => frames.some((f) => f.event === 'resync'), 3_000);
  });

  it('shows a user only their own events', async () => {
    const grace = await t.createUser({ username: 'grace', password: 'hopper hopper' });
    const theirs = await open('/api/v1/events', grace.auth);
    const mine = await open('/api/v1/events');
    await createJob();
    await mine.waitFor(finished);
    expect(theirs.events).toEqual([]);
  });

  it('forgets a client that went away', async () => {
    const before = t.app.services.events.subscriberCount;
    const stream = await open('/api/v1/events');
    await waitUntil(() => t.app.services.events.subscriberCount === before + 1, 2_000, 'the subscription');
    stream.close();
    await waitUntil(() => t.app.services.events.subscriberCount === before, 2_000, 'the subscription to end');
  });
});

describe('the per-job event stream', () => {
  it('carries only that job’s events', async () => {
    const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
    const first = (await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId } })).json().id;
    const stream = await open(`/api/v1/transcriptions/${first}/events`);
    const second = (await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId } })).json().id;
    await t.waitForStatus(session.auth, second, ['completed']);
    await stream.waitFor(finished);
    expect(new Set(stream.events.map((e) => e.json.id))).toEqual(new Set([first]));
  });

  it("answers 404 for another user's job", async () => {
    const id = await createJob();
    const grace = await t.createUser({ username: 'grace', password: 'hopper hopper' });
    const stream = await open(`/api/v1/transcriptions/${id}/events`, grace.auth);
    expect(stream.status).toBe(404);
  });
});

describe('browser authentication with a stream ticket', () => {
  it('lets EventSource-style clients in with ?ticket= and nothing else', async () => {
    const ticket = (await t.inject({ method: 'POST', url: '/api/v1/auth/stream-ticket', headers: session.auth })).json();
    expect(ticket).toEqual({ ticket: expect.any(String), expires_in: 900 });
    const stream = await open(`/api/v1/events?ticket=${encodeURIComponent(ticket.ticket)}`, {});
    expect(stream.status).toBe(200);

    expect((await open('/api/v1/events', {})).status).toBe(401);
    expect((await open('/api/v1/events?ticket=forged', {})).status).toBe(401);
    // A ticket is not an access token: it opens streams only.
    const asBearer = await t.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${ticket.ticket}` } });
    expect(asBearer.statusCode).toBe(401);
    const onOtherRoute = await t.inject({ method: 'GET', url: `/api/v1/files?ticket=${encodeURIComponent(ticket.ticket)}` });
    expect(onOtherRoute.statusCode).toBe(401);
  });

  it('works for <audio src> range requests', async () => {
    const fileId = (await t.upload(session.auth, { name: 'jfk.wav' })).json().id;
    const { ticket } = (await t.inject({ method: 'POST', url: '/api/v1/auth/stream-ticket', headers: session.auth })).json();
    const response = await fetch(`${base}/api/v1/files/${fileId}/audio?ticket=${encodeURIComponent(ticket)}`, { headers: { range: 'bytes=0-9' } });
    expect(response.status).toBe(206);
    expect((await response.arrayBuffer()).byteLength).toBe(10);
  });
});

describe('shutdown', () => {
  it('ends open streams so the server can close', async () => {
    const stream = await open('/api/v1/events');
    const closing = performance.now();
    await t.app.close();
    await stream.ended();
    expect(performance.now() - closing).toBeLessThan(5_000);
  });
});
