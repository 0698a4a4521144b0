import type { Session as SessionPayload } from './types';

export type SessionState = 'anonymous' | 'active' | 'expired';

const STORAGE_KEY = 'scriberr.session';

interface Stored {
  refreshToken: string;
  user: SessionPayload['user'];
}

/**
 * The login session: the refresh token (kept across reloads) and the short-lived access
 * token (memory only), renewed silently before it expires or when the server says 401.
 */
class Session {
  private accessToken: string | null = null;
  private accessExpiresAt = 0;
  private stored: Stored | null = null;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<() => void>();
  state: SessionState = 'anonymous';

  constructor() {
    this.stored = readStored();
    if (this.stored) this.state = 'active';
    // Another tab logged in, refreshed or logged out: follow it, so this tab never presents a
    // refresh token that tab already rotated (the server treats that as theft and ends both).
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY && event.key !== null) return;
      const latest = readStored();
      if (latest) {
        const wasActive = this.state === 'active';
        this.stored = latest;
        if (!wasActive) this.setState('active');
        else this.notify();
      } else if (this.stored) {
        this.accessToken = null;
        this.stored = null;
        this.setState('anonymous');
      }
    });
  }

  get user(): Stored['user'] | null {
    return this.stored?.user ?? null;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  start(payload: SessionPayload): void {
    this.accessToken = payload.access_token;
    this.accessExpiresAt = Date.now() + payload.expires_in * 1000;
    this.stored = { refreshToken: payload.refresh_token, user: payload.user };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(this.stored));
    this.setState('active');
  }

  updateUser(user: Stored['user']): void {
    if (!this.stored) return;
    this.stored = { ...this.stored, user };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(this.stored));
    this.notify();
  }

  /** A valid access token, refreshing it first when it is about to expire. */
  async token(): Promise<string | null> {
    if (this.accessToken && Date.now() < this.accessExpiresAt - 30_000) return this.accessToken;
    return (await this.refresh()) ? this.accessToken : null;
  }

  /**
   * Exchanges the refresh token for new tokens: one request at a time in this tab, and one at
   * a time across tabs where the browser has Web Locks (secure contexts), always with the
   * newest token in storage.
   */
  refresh(): Promise<boolean> {
    if (!this.stored) return Promise.resolve(false);
    this.refreshing ??= withRefreshLock(() => this.exchange()).finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async exchange(): Promise<boolean> {
    this.stored = readStored() ?? this.stored;
    if (!this.stored) return false;
    try {
      const response = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refresh_token: this.stored.refreshToken }),
      });
      if (!response.ok) {
        this.end('expired');
        return false;
      }
      this.start((await response.json()) as SessionPayload);
      return true;
    } catch {
      // Offline: keep the session, the next request will try again.
      return false;
    }
  }

  get refreshToken(): string | null {
    return this.stored?.refreshToken ?? null;
  }

  end(state: 'anonymous' | 'expired' = 'anonymous'): void {
    this.accessToken = null;
    this.stored = null;
    localStorage.removeItem(STORAGE_KEY);
    this.setState(state);
  }

  private setState(state: SessionState): void {
    this.state = state;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function readStored(): Stored | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

async function withRefreshLock(exchange: () => Promise<boolean>): Promise<boolean> {
  // navigator.locks is missing on plain-http origins other than localhost; the per-tab queue is then the best we have.
  if (typeof navigator === 'undefined' || !('locks' in navigator) || !navigator.locks) return exchange();
  return await navigator.locks.request('scriberr.session.refresh', exchange);
}

export const session = new Session();
