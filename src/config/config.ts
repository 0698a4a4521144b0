import path from 'node:path';
import { z } from 'zod';
import { formatDuration, parseDuration } from './duration.js';

/** Where `local` model archives come from unless a mirror is configured (engine note §5). */
export const UPSTREAM_MODEL_BASE_URL = 'https://github.com/k2-fsa/sherpa-onnx/releases/download';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ENGINE_PROVIDERS = ['auto', 'cpu', 'cuda'] as const;
const TRUE_WORDS = ['true', '1', 'yes'];
const FALSE_WORDS = ['false', '0', 'no'];

function integer(min: number, max: number) {
  return z.string().trim().regex(/^\d+$/, `a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `a whole number from ${min} to ${max}`);
}

function boolean() {
  return z.string().trim().toLowerCase()
    .refine((s) => TRUE_WORDS.includes(s) || FALSE_WORDS.includes(s), 'one of true, false, 1, 0, yes, no')
    .transform((s) => TRUE_WORDS.includes(s));
}

function duration(minMs: number) {
  return z.string()
    .transform((s, ctx) => {
      const ms = parseDuration(s);
      if (ms === undefined || ms < minMs) {
        ctx.addIssue({ code: 'custom', message: `a duration of at least ${formatDuration(minMs)} such as 500ms, 2s, 10m or 1h` });
        return z.NEVER;
      }
      return ms;
    });
}

function nonEmpty(what: string) {
  return z.string().trim().min(1, what);
}

/**
 * Every environment variable the server reads, with its default. Values are strings in the
 * environment; each schema coerces and validates one of them.
 */
const ENV_SCHEMA = {
  HOST: nonEmpty('a host name or IP address').default('0.0.0.0'),
  PORT: integer(0, 65_535).default(8080),
  DATA_DIR: nonEmpty('a directory path').default('./data'),
  JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  MAX_UPLOAD_SIZE_MB: integer(1, 1_048_576).default(2048),
  LOG_LEVEL: z.enum(LOG_LEVELS, `one of ${LOG_LEVELS.join(', ')}`).default('info'),
  SPEECH_ENGINE_CACHE_DIR: nonEmpty('a directory path').optional(),
  SPEECH_ENGINE_PROVIDER: z.enum(ENGINE_PROVIDERS, `one of ${ENGINE_PROVIDERS.join(', ')}`).default('auto'),
  SPEECH_ENGINE_THREADS: integer(0, 1024).default(0),
  SPEECH_ENGINE_MAX_LOADED: integer(1, 64).default(2),
  SPEECH_ENGINE_AUTO_DOWNLOAD: boolean().default(true),
  SPEECH_ENGINE_MODEL_BASE_URL: z.url({ protocol: /^https?$/, error: 'an http:// or https:// URL' }).default(UPSTREAM_MODEL_BASE_URL),
  TRANSCRIPTION_DEFAULT_MODEL: nonEmpty('a model id such as whisper-base').default('whisper-base'),
  TRANSCRIPTION_WORKERS: integer(0, 64).default(1),
  TRANSCRIPTION_MAX_ATTEMPTS: integer(1, 100).default(3),
  TRANSCRIPTION_QUEUE_POLL_INTERVAL: duration(10).default(2_000),
  TRANSCRIPTION_LEASE_TIMEOUT: duration(1_000).default(600_000),
  TRANSCRIPTION_LEASE_RENEW_INTERVAL: duration(100).optional(),
  TRANSCRIPTION_STOP_TIMEOUT: duration(0).default(30_000),
};

export type EnvName = keyof typeof ENV_SCHEMA;

/** Variables whose values must never be echoed, not even in a configuration error. */
const SECRET_VARIABLES: ReadonlySet<EnvName> = new Set(['JWT_SECRET']);
export type Env = Record<string, string | undefined>;

export interface Config {
  readonly host: string;
  readonly port: number;
  /** Absolute path; never shown to clients. */
  readonly dataDir: string;
  readonly jwtSecret: string | undefined;
  readonly maxUploadSizeMb: number;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly speechEngine: {
    readonly cacheDir: string;
    readonly provider: (typeof ENGINE_PROVIDERS)[number];
    readonly threads: number;
    readonly maxLoaded: number;
    readonly autoDownload: boolean;
    readonly modelBaseUrl: string;
  };
  readonly transcription: {
    readonly defaultModel: string;
    readonly workers: number;
    readonly maxAttempts: number;
    readonly queuePollIntervalMs: number;
    readonly leaseTimeoutMs: number;
    readonly leaseRenewIntervalMs: number;
    readonly stopTimeoutMs: number;
  };
}

export interface ConfigProblem {
  variable: EnvName;
  value: string;
  allowed: string;
}

/** Thrown by `loadConfig` with every bad variable at once, so one restart fixes them all. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      'Invalid configuration: ' +
        problems.map((p) => `${p.variable}=${JSON.stringify(p.value)} (expected ${p.allowed})`).join('; '),
    );
    this.name = 'ConfigError';
  }
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}

/**
 * Builds the frozen configuration from an environment map. Pure: it reads only `env` and
 * `cwd` (used to make relative directories absolute) and never touches process state.
 */
export function loadConfig(env: Env, cwd: string = process.cwd()): Config {
  const problems: ConfigProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(ENV_SCHEMA)) {
    const raw = env[name];
    // An empty variable (`PORT=`) means "unset", as in most twelve-factor servers.
    const input = raw === undefined || raw === '' ? undefined : raw;
    const parsed = schema.safeParse(input);
    if (parsed.success) values[name] = parsed.data;
    else {
      const shown = SECRET_VARIABLES.has(name as EnvName) ? `[hidden, ${raw?.length ?? 0} characters]` : (raw ?? '');
      problems.push({ variable: name as EnvName, value: shown, allowed: parsed.error.issues[0]?.message ?? 'a valid value' });
    }
  }

  const leaseMs = values.TRANSCRIPTION_LEASE_TIMEOUT as number;
  const renewMs = (values.TRANSCRIPTION_LEASE_RENEW_INTERVAL as number | undefined) ?? Math.floor(leaseMs / 3);
  if (values.TRANSCRIPTION_LEASE_RENEW_INTERVAL !== undefined && leaseMs !== undefined && renewMs >= leaseMs) {
    problems.push({
      variable: 'TRANSCRIPTION_LEASE_RENEW_INTERVAL',
      value: env.TRANSCRIPTION_LEASE_RENEW_INTERVAL ?? '',
      allowed: `a duration shorter than TRANSCRIPTION_LEASE_TIMEOUT (${formatDuration(leaseMs)})`,
    });
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = path.resolve(cwd, values.DATA_DIR as string);
  const cacheDir = values.SPEECH_ENGINE_CACHE_DIR as string | undefined;
  return deepFreeze({
    host: values.HOST as string,
    port: values.PORT as number,
    dataDir,
    jwtSecret: values.JWT_SECRET as string | undefined,
    maxUploadSizeMb: values.MAX_UPLOAD_SIZE_MB as number,
    logLevel: values.LOG_LEVEL as Config['logLevel'],
    speechEngine: {
      cacheDir: cacheDir ? path.resolve(cwd, cacheDir) : path.join(dataDir, 'models'),
      provider: values.SPEECH_ENGINE_PROVIDER as Config['speechEngine']['provider'],
      threads: values.SPEECH_ENGINE_THREADS as number,
      maxLoaded: values.SPEECH_ENGINE_MAX_LOADED as number,
      autoDownload: values.SPEECH_ENGINE_AUTO_DOWNLOAD as boolean,
      modelBaseUrl: (values.SPEECH_ENGINE_MODEL_BASE_URL as string).replace(/\/+$/, ''),
    },
    transcription: {
      defaultModel: values.TRANSCRIPTION_DEFAULT_MODEL as string,
      workers: values.TRANSCRIPTION_WORKERS as number,
      maxAttempts: values.TRANSCRIPTION_MAX_ATTEMPTS as number,
      queuePollIntervalMs: values.TRANSCRIPTION_QUEUE_POLL_INTERVAL as number,
      leaseTimeoutMs: leaseMs,
      leaseRenewIntervalMs: renewMs,
      stopTimeoutMs: values.TRANSCRIPTION_STOP_TIMEOUT as number,
    },
  });
}

/** The configuration as it is safe to log: secrets replaced by whether they are set. */
export function describeConfig(config: Config): Record<string, unknown> {
  return { ...config, jwtSecret: config.jwtSecret ? '[set]' : '[generated in data dir]' };
}
