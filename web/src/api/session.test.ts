import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'scriberr.session';
const user = { id: 1, username: 'ada', is_admin: true };

function payload(refreshToken: string) {
  return { access_token: `access-${refreshToken}`, expires_in: 900, refresh_token: refreshToken, refresh_expires_at: '2027-01-01T00:00:00Z', user };
}

/** A fresh module instance, as a newly opened tab would load it. */
async function openTab() {
  vi.resetModules();
  return (await import('./session')).session;
}

describe('the session across tabs', () => {
  const sent: string[] = [];

  beforeEach(() => {
    localStorage.clear();
    sent.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        const token = (JSON.parse(init.body as string) as { refresh_token: string }).refresh_token;
        sent.push(token);
        return Promise.resolve(new Response(JSON.stringify(payload(`${token}+`)), { status: 200 }));
      }),
    );
  });

  afterEach(() => vi.unstubAllGlobals());

  it('refreshes with the newest token when another tab already rotated it', async () => {
    localStorage.setItem(KEY, JSON.stringify({ refreshToken: 'r1', user }));
    const tab = await openTab();
    // Another tab refreshed meanwhile: r1 is spent, r2 is current.
    localStorage.setItem(KEY, JSON.stringify({ refreshToken: 'r2', user }));

    expect(await tab.refresh()).toBe(true);
    expect(sent).toEqual(['r2']);
    expect(tab.refreshToken).toBe('r2+');
  });

  it('makes one request for concurrent refreshes in one tab', async () => {
    localStorage.setItem(KEY, JSON.stringify({ refreshToken: 'r1', user }));
    const tab = await openTab();
    await Promise.all([tab.refresh(), tab.refresh(), tab.token()]);
    expect(sent).toEqual(['r1']);
  });

  it('follows a logout and a login made in another tab', async () => {
    localStorage.setItem(KEY, JSON.stringify({ refreshToken: 'r1', user }));
    const tab = await openTab();
    expect(tab.getState()).toBe('active');

    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: null }));
    expect(tab.getState()).toBe('anonymous');
    expect(await tab.refresh()).toBe(false);

    localStorage.setItem(KEY, JSON.stringify({ refreshToken: 'r9', user }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(tab.getState()).toBe('active');
    expect(tab.refreshToken).toBe('r9');
  });

  it('ends the session as expired when the server refuses the refresh', async () => {
    localStorage.setItem(KEY, JSON.stringify({ refreshToken: 'r1', user }));
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('{}', { status: 401 }))));
    const tab = await openTab();
    expect(await tab.refresh()).toBe(false);
    expect(tab.getState()).toBe('expired');
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
