import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, TestApp, type Session } from '../helpers/test-app.js';

let t: TestApp;
let session: Session;

beforeEach(async () => {
  t = await TestApp.start();
  session = await t.register();
});
afterEach(async () => {
  await t.close();
});

async function uploadAs(title: string, name = 'short-0.4s.wav') {
  const response = await t.upload(session.auth, { name }, { title });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string; title: string }>();
}

function list(query: string, auth = session.auth) {
  return t.inject({ method: 'GET', url: `/api/v1/files${query}`, headers: auth });
}

describe('listing files', () => {
  it('pages newest first with next_cursor until the last page', async () => {
    const ids = [];
    for (const title of ['one', 'two', 'three', 'four', 'five']) ids.push((await uploadAs(title)).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await list(`?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(response.statusCode).toBe(200);
      const page = response.json();
      seen.push(...page.items.map((f: { id: string }) => f.id));
      cursor = page.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it('sorts by title case-insensitively, both ways, across pages', async () => {
    for (const title of ['banana', 'Apple', 'cherry', 'apricot']) await uploadAs(title);
    const titles = async (sort: string) => {
      const first = (await list(`?sort=${sort}&limit=3`)).json();
      const second = (await list(`?sort=${sort}&limit=3&cursor=${encodeURIComponent(first.next_cursor)}`)).json();
      expect(second.next_cursor).toBeNull();
      return [...first.items, ...second.items].map((f: { title: string }) => f.title);
    };
    expect(await titles('title')).toEqual(['Apple', 'apricot', 'banana', 'cherry']);
    expect(await titles('-title')).toEqual(['cherry', 'banana', 'apricot', 'Apple']);
  });

  it('filters by title text, kind and status', async () => {
    await uploadAs('Weekly sync 100%');
    await uploadAs('Weekly_review');
    await uploadAs('Lecture', 'jfk-video.mp4');
    const titles = async (query: string) => (await list(query)).json().items.map((f: { title: string }) => f.title).sort();
    expect(await titles('?q=weekly')).toEqual(['Weekly sync 100%', 'Weekly_review']);
    expect(await titles('?q=100%25')).toEqual(['Weekly sync 100%']);
    expect(await titles('?q=_')).toEqual(['Weekly_review']);
    expect(await titles('?kind=video')).toEqual(['Lecture']);
    expect(await titles('?status=failed')).toEqual([]);
  });

  it('filters by whether a file has been transcribed', async () => {
    const untouched = await uploadAs('untouched');
    const used = await uploadAs('used');
    // PocketSphinx needs no download; whether it is installed does not matter, the job only has to exist.
    const created = await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: used.id, options: { model: 'pocketsphinx-en-us' } } });
    expect(created.statusCode).toBe(202);
    expect((await list('?transcribed=false')).json().items.map((f: { id: string }) => f.id)).toEqual([untouched.id]);
    expect((await list('?transcribed=true')).json().items.map((f: { id: string }) => f.id)).toEqual([used.id]);
  });

  it('rejects bad parameters with 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['?kind=podcast', 'kind'],
      ['?sort=size', 'sort'],
      ['?limit=0', 'limit'],
      ['?limit=abc', 'limit'],
      ['?colour=red', 'colour'],
      ['?cursor=not-a-cursor', 'cursor'],
    ] as const) {
      const response = await list(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.field, query).toBe(field);
    }
  });

  it('rejects a cursor made for another sort order', async () => {
    await uploadAs('a');
    await uploadAs('b');
    const cursor = (await list('?limit=1&sort=title')).json().next_cursor;
    const response = await list(`?limit=1&sort=-created_at&cursor=${encodeURIComponent(cursor)}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('INVALID_CURSOR');
  });
});

describe('changing and deleting files', () => {
  it('renames a file', async () => {
    const file = await uploadAs('draft');
    const response = await t.inject({ method: 'PATCH', url: `/api/v1/files/${file.id}`, headers: session.auth, payload: { title: '  Final cut  ' } });
    expect(response.statusCode).toBe(200);
    expect(response.json().title).toBe('Final cut');
  });

  it('rejects an empty title, unknown fields and malformed JSON', async () => {
    const file = await uploadAs('draft');
    const url = `/api/v1/files/${file.id}`;
    const empty = await t.inject({ method: 'PATCH', url, headers: session.auth, payload: { title: '' } });
    expect(empty.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'title', message: 'title must not be empty.' });
    const long = await t.inject({ method: 'PATCH', url, headers: session.auth, payload: { title: 'x'.repeat(256) } });
    expect(long.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'title', message: 'title must be at most 255 characters long.' });
    const notObject = await t.inject({ method: 'PATCH', url, headers: session.auth, payload: [] });
    expect(notObject.json().error).toMatchObject({ code: 'VALIDATION_ERROR', message: 'The request body must be a JSON object.' });
    const blank = await t.inject({ method: 'PATCH', url, headers: session.auth, payload: { title: '   ' } });
    expect(blank.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'title' });
    const unknown = await t.inject({ method: 'PATCH', url, headers: session.auth, payload: { title: 'x', kind: 'video' } });
    expect(unknown.json().error).toMatchObject({ code: 'VALIDATION_ERROR', field: 'kind' });
    const malformed = await t.inject({ method: 'PATCH', url, headers: { ...session.auth, 'content-type': 'application/json' }, payload: '{"title":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('INVALID_JSON');
  });

  it('deletes the stored media and answers 404 afterwards', async () => {
    const file = await uploadAs('gone');
    expect(t.storedUploads()).toHaveLength(1);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/files/${file.id}`, headers: session.auth })).statusCode).toBe(204);
    expect(t.storedUploads()).toEqual([]);
    expect((await t.inject({ method: 'DELETE', url: `/api/v1/files/${file.id}`, headers: session.auth })).statusCode).toBe(404);
    expect((await t.inject({ method: 'GET', url: `/api/v1/files/${file.id}/audio`, headers: session.auth })).statusCode).toBe(404);
    expect((await list('')).json().items).toEqual([]);
  });
});

describe("another user's files", () => {
  it('are invisible: 404 for get, patch, delete and audio, absent from lists', async () => {
    const file = await uploadAs('private');
    const grace = await t.createUser({ username: 'grace', password: 'hopper hopper' });
    const requests = [
      { method: 'GET', url: `/api/v1/files/${file.id}` },
      { method: 'GET', url: `/api/v1/files/${file.id}/audio` },
      { method: 'PATCH', url: `/api/v1/files/${file.id}`, payload: { title: 'mine now' } },
      { method: 'DELETE', url: `/api/v1/files/${file.id}` },
    ] as const;
    for (const request of requests) {
      const response = await t.inject({ ...request, headers: grace.auth });
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
    expect((await list('', grace.auth)).json().items).toEqual([]);
    expect((await t.inject({ method: 'GET', url: `/api/v1/files/${file.id}`, headers: session.auth })).json().title).toBe('private');
  });
});

describe('streaming media with Range', () => {
  const size = fs.statSync(fixture('jfk.wav')).size;
  const bytes = fs.readFileSync(fixture('jfk.wav'));
  let url: string;

  beforeEach(async () => {
    url = `/api/v1/files/${(await uploadAs('jfk', 'jfk.wav')).id}/audio`;
  });

  function get(range?: string, method: 'GET' | 'HEAD' = 'GET') {
    return t.inject({ method, url, headers: { ...session.auth, ...(range ? { range } : {}) } });
  }

  it('sends the whole file with 200 and Accept-Ranges when no range is asked', async () => {
    const response = await get();
    expect(response.statusCode).toBe(200);
    expect(response.headers['accept-ranges']).toBe('bytes');
    expect(response.headers['content-type']).toBe('audio/wav');
    expect(Number(response.headers['content-length'])).toBe(size);
    expect(response.rawPayload.equals(bytes)).toBe(true);
  });

  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=100-', 100, size - 1],
    ['bytes=-500', size - 500, size - 1],
    [`bytes=${size - 10}-${size + 1000}`, size - 10, size - 1],
  ])('answers %s with 206 and the exact bytes', async (range, start, end) => {
    const response = await get(range);
    expect(response.statusCode).toBe(206);
    expect(response.headers['content-range']).toBe(`bytes ${start}-${end}/${size}`);
    expect(Number(response.headers['content-length'])).toBe(end - start + 1);
    expect(response.rawPayload.equals(bytes.subarray(start, end + 1))).toBe(true);
  });

  it.each([`bytes=${size}-`, `bytes=${size + 100}-${size + 200}`])('answers the unsatisfiable %s with 416', async (range) => {
    const response = await get(range);
    expect(response.statusCode).toBe(416);
    expect(response.headers['content-range']).toBe(`bytes */${size}`);
    expect(response.json().error.code).toBe('RANGE_NOT_SATISFIABLE');
  });

  it.each(['bytes=abc', 'items=0-10', 'bytes=0-10,20-30'])('ignores the malformed or multiple range %s and sends everything', async (range) => {
    const response = await get(range);
    expect(response.statusCode).toBe(200);
    expect(response.rawPayload).toHaveLength(size);
  });

  it('honours If-None-Match (304) and If-Range (whole body when the validator differs)', async () => {
    const etag = (await get()).headers.etag as string;
    const cached = await t.inject({ method: 'GET', url, headers: { ...session.auth, 'if-none-match': etag } });
    expect(cached.statusCode).toBe(304);
    const stale = await t.inject({ method: 'GET', url, headers: { ...session.auth, range: 'bytes=0-9', 'if-range': '"other"' } });
    expect(stale.statusCode).toBe(200);
    const fresh = await t.inject({ method: 'GET', url, headers: { ...session.auth, range: 'bytes=0-9', 'if-range': etag } });
    expect(fresh.statusCode).toBe(206);
  });

  it('answers HEAD with the headers only', async () => {
    const response = await get(undefined, 'HEAD');
    expect(response.statusCode).toBe(200);
    expect(Number(response.headers['content-length'])).toBe(size);
    expect(response.rawPayload).toHaveLength(0);
  });
});
