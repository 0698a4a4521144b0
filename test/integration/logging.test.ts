import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/app/logger.js';
import { TestApp } from '../helpers/test-app.js';

describe('server logs', () => {
  it('never contain tokens, tickets, API keys, passwords or transcript text', async () => {
    let text = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    const logger = createLogger({ logLevel: 'debug' }, sink);
    const { t } = await TestApp.withFakeEngine({}, {}, { logger });
    try {
      const password = 'correct horse battery';
      const session = await t.register({ username: 'ada', password });
      const key = (await t.inject({ method: 'POST', url: '/api/v1/api-keys', headers: session.auth, payload: { name: 'k' } })).json().key as string;
      const { ticket } = (await t.inject({ method: 'POST', url: '/api/v1/auth/stream-ticket', headers: session.auth })).json();
      const fileId = (await t.upload({ 'x-api-key': key }, { name: 'jfk.wav' })).json().id;
      const id = (await t.inject({ method: 'POST', url: '/api/v1/transcriptions', headers: session.auth, payload: { file_id: fileId } })).json().id;
      await t.waitForStatus(session.auth, id, ['completed']);
      await t.inject({ method: 'GET', url: `/api/v1/transcriptions/${id}/audio?ticket=${ticket}`, headers: { range: 'bytes=0-1' } });

      expect(text).toContain('job completed');
      expect(text).toContain('ticket=[redacted]');
      for (const secret of [session.accessToken, session.refreshToken, key, ticket, password, 'fellow Americans']) {
        expect(text).not.toContain(secret);
      }
    } finally {
      await t.close();
    }
  });
});
