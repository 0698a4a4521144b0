import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app/build-app.js';
import { loadConfig, type Env } from '../../src/config/index.js';
import { DATABASE_FILE_NAME, openDatabase } from '../../src/db/index.js';
import { UsersRepository } from '../../src/db/repositories/index.js';
import { PasswordHasher } from '../../src/services/accounts/index.js';
import { FAKE_TRANSCRIPTION_MODEL, FakeEngineProvider, type FakeEngineOptions } from '../../src/transcription/engine/fake/fake.provider.js';
import { locateMediaTools, type MediaTools } from '../../src/media/index.js';

let toolsPromise: Promise<MediaTools | undefined> | undefined;

/** The machine's media tools, located once per test file. */
export function mediaTools(): Promise<MediaTools | undefined> {
  toolsPromise ??= locateMediaTools();
  return toolsPromise;
}

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/audio');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

export interface Credentials {
  username: string;
  password: string;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  userId: string;
  auth: { authorization: string };
}

/**
 * A real app on a fresh data directory and SQLite file. Every response passes through
 * `responses`, so a test can check that none of them reveals the data directory.
 */
export class TestApp {
  readonly responses: LightMyRequestResponse[] = [];

  private constructor(readonly app: FastifyInstance, readonly dataDir: string) {}

  static async start(env: Env = {}, options: Partial<AppOptions> = {}): Promise<TestApp> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-test-'));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env });
    const tools = options.mediaTools === undefined ? ((await mediaTools()) ?? null) : options.mediaTools;
    const app = await buildApp({ config, passwordCost: { logN: 10, r: 8, p: 1 }, ...options, mediaTools: tools });
    return new TestApp(app, dataDir);
  }

  /**
   * An app whose speech engine is the fake one (and the default model its model), so queue
   * and API behaviour can be tested quickly and deterministically.
   */
  static async withFakeEngine(fake: FakeEngineOptions = {}, env: Env = {}, options: Partial<AppOptions> = {}): Promise<{ t: TestApp; engine: FakeEngineProvider }> {
    const engine = new FakeEngineProvider(fake);
    const t = await TestApp.start({ TRANSCRIPTION_DEFAULT_MODEL: FAKE_TRANSCRIPTION_MODEL, ...env }, { engines: [engine], ...options });
    return { t, engine };
  }

  /** Polls a transcription until its status is one of `statuses`. */
  async waitForStatus(auth: Record<string, string>, id: string, statuses: string[], timeoutMs = 10_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    let last: Record<string, unknown> = {};
    while (Date.now() < deadline) {
      last = (await this.app.inject({ method: 'GET', url: `/api/v1/transcriptions/${id}`, headers: auth })).json();
      if (statuses.includes(String(last.status))) return last;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`transcription ${id} stayed ${String(last.status)}; wanted ${statuses.join('/')}`);
  }

  /** Starts a real listener on a free port (for SSE and clients that need a socket). */
  async listen(): Promise<string> {
    return this.app.listen({ host: '127.0.0.1', port: 0 });
  }

  async inject(options: InjectOptions): Promise<LightMyRequestResponse> {
    const response = await this.app.inject(options);
    this.responses.push(response);
    return response;
  }

  async register(credentials: Credentials = { username: 'ada', password: 'correct horse battery' }): Promise<Session> {
    const response = await this.inject({ method: 'POST', url: '/api/v1/auth/register', payload: credentials });
    if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
    return toSession(response.json());
  }

  async login(credentials: Credentials): Promise<Session> {
    const response = await this.inject({ method: 'POST', url: '/api/v1/auth/login', payload: credentials });
    if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
    return toSession(response.json());
  }

  /**
   * Adds a second (non-admin) user straight into the database: registration only ever creates
   * the first account, and there is no user-management API yet.
   */
  async createUser(credentials: Credentials): Promise<Session> {
    const db = openDatabase(path.join(this.dataDir, DATABASE_FILE_NAME));
    try {
      const now = new Date().toISOString();
      const passwordHash = await new PasswordHasher({ logN: 10, r: 8, p: 1 }).hash(credentials.password);
      new UsersRepository(db).insert({
        id: `user_${credentials.username}`,
        username: credentials.username,
        passwordHash,
        role: 'user',
        tokenVersion: 0,
        createdAt: now,
        updatedAt: now,
      });
    } finally {
      db.close();
    }
    return this.login(credentials);
  }

  /** Uploads a fixture (or given bytes) as multipart, the way a browser form would. */
  async upload(
    auth: Record<string, string>,
    file: { name: string; content?: Buffer; filename?: string; type?: string },
    fields: Record<string, string> = {},
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const content = file.content ?? fs.readFileSync(fixture(file.name));
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append('file', new Blob([content], { type: file.type ?? 'application/octet-stream' }), file.filename ?? file.name);
    const encoded = new Response(form);
    return this.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: { ...auth, ...headers, 'content-type': encoded.headers.get('content-type') ?? '' },
      payload: Buffer.from(await encoded.arrayBuffer()),
    });
  }

  /** Files under DATA_DIR/uploads, including half-written incoming ones. */
  storedUploads(): string[] {
    const list = (dir: string): string[] =>
      fs.existsSync(dir)
        ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(dir, e.name)) : [path.join(dir, e.name)]))
        : [];
    return [...list(path.join(this.dataDir, 'uploads')), ...list(path.join(this.dataDir, '.incoming'))];
  }

  async close(): Promise<void> {
    await this.app.close();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

function toSession(body: { access_token: string; refresh_token: string; user: { id: string } }): Session {
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    userId: body.user.id,
    auth: { authorization: `Bearer ${body.access_token}` },
  };
}
