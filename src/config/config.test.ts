import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig, UPSTREAM_MODEL_BASE_URL } from './config.js';

const CWD = '/srv/scriberr';

function problemsOf(env: Record<string, string>) {
  try {
    loadConfig(env, CWD);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies every default for an empty environment', () => {
    const config = loadConfig({}, CWD);
    expect(config).toEqual({
      host: '0.0.0.0',
      port: 8080,
      dataDir: path.join(CWD, 'data'),
      jwtSecret: undefined,
      maxUploadSizeMb: 2048,
      logLevel: 'info',
      speechEngine: {
        cacheDir: path.join(CWD, 'data', 'models'),
        provider: 'auto',
        threads: 0,
        maxLoaded: 2,
        autoDownload: true,
        modelBaseUrl: UPSTREAM_MODEL_BASE_URL,
      },
      transcription: {
        defaultModel: 'whisper-base',
        workers: 1,
        maxAttempts: 3,
        queuePollIntervalMs: 2_000,
        leaseTimeoutMs: 600_000,
        leaseRenewIntervalMs: 200_000,
        stopTimeoutMs: 30_000,
      },
    });
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig({}, CWD);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.transcription)).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }, CWD).port).toBe(8080);
  });

  it('resolves relative directories against the working directory and keeps absolute ones', () => {
    const config = loadConfig({ DATA_DIR: 'var/db', SPEECH_ENGINE_CACHE_DIR: '/models' }, CWD);
    expect(config.dataDir).toBe('/srv/scriberr/var/db');
    expect(config.speechEngine.cacheDir).toBe('/models');
  });

  it.each([
    ['500ms', 500],
    ['2s', 2_000],
    ['1.5s', 1_500],
    ['10m', 600_000],
    ['1h', 3_600_000],
  ])('parses the duration %s', (text, ms) => {
    expect(loadConfig({ TRANSCRIPTION_QUEUE_POLL_INTERVAL: text }, CWD).transcription.queuePollIntervalMs).toBe(ms);
  });

  it.each(['10', '2 s', '5d', '-1s', 'soon'])('rejects the duration %j', (text) => {
    expect(problemsOf({ TRANSCRIPTION_QUEUE_POLL_INTERVAL: text })).toEqual([
      expect.objectContaining({ variable: 'TRANSCRIPTION_QUEUE_POLL_INTERVAL', value: text }),
    ]);
  });

  it.each([
    ['true', true], ['TRUE', true], ['1', true], ['yes', true],
    ['false', false], ['0', false], ['no', false],
  ])('parses the boolean %s', (text, value) => {
    expect(loadConfig({ SPEECH_ENGINE_AUTO_DOWNLOAD: text }, CWD).speechEngine.autoDownload).toBe(value);
  });

  it('rejects a boolean it does not know', () => {
    const [problem] = problemsOf({ SPEECH_ENGINE_AUTO_DOWNLOAD: 'maybe' });
    expect(problem).toEqual({ variable: 'SPEECH_ENGINE_AUTO_DOWNLOAD', value: 'maybe', allowed: 'one of true, false, 1, 0, yes, no' });
  });

  it.each(['auto', 'cpu', 'cuda'])('accepts the engine provider %s', (provider) => {
    expect(loadConfig({ SPEECH_ENGINE_PROVIDER: provider }, CWD).speechEngine.provider).toBe(provider);
  });

  it('rejects an unknown engine provider', () => {
    const [problem] = problemsOf({ SPEECH_ENGINE_PROVIDER: 'rocm' });
    expect(problem?.allowed).toBe('one of auto, cpu, cuda');
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', 'http'],
    ['MAX_UPLOAD_SIZE_MB', '0'],
    ['TRANSCRIPTION_WORKERS', '-1'],
    ['SPEECH_ENGINE_MAX_LOADED', '1.5'],
    ['LOG_LEVEL', 'verbose'],
    ['SPEECH_ENGINE_MODEL_BASE_URL', 'ftp://mirror/models'],
  ])('rejects %s=%s', (variable, value) => {
    expect(problemsOf({ [variable]: value })).toEqual([expect.objectContaining({ variable, value })]);
  });

  it('reports every bad variable in one error naming each value and what is allowed', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', TRANSCRIPTION_LEASE_TIMEOUT: '1 hour' }, CWD);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT="abc" (expected a whole number from 0 to 65535)');
    expect(message).toContain('LOG_LEVEL="loud"');
    expect(message).toContain('TRANSCRIPTION_LEASE_TIMEOUT="1 hour"');
    expect((error as ConfigError).problems).toHaveLength(3);
  });

  it('derives the lease renew interval from the lease timeout', () => {
    expect(loadConfig({ TRANSCRIPTION_LEASE_TIMEOUT: '30s' }, CWD).transcription.leaseRenewIntervalMs).toBe(10_000);
  });

  it('rejects a renew interval that is not shorter than the lease', () => {
    const [problem] = problemsOf({ TRANSCRIPTION_LEASE_TIMEOUT: '10s', TRANSCRIPTION_LEASE_RENEW_INTERVAL: '10s' });
    expect(problem?.variable).toBe('TRANSCRIPTION_LEASE_RENEW_INTERVAL');
  });

  it('strips a trailing slash from the model base URL', () => {
    expect(loadConfig({ SPEECH_ENGINE_MODEL_BASE_URL: 'http://mirror.lan/models/' }, CWD).speechEngine.modelBaseUrl)
      .toBe('http://mirror.lan/models');
  });

  it('never echoes a bad JWT secret in the error', () => {
    const [problem] = problemsOf({ JWT_SECRET: 'almost-long-enough-secret' });
    expect(problem).toEqual({ variable: 'JWT_SECRET', value: '[hidden, 25 characters]', allowed: 'at least 32 characters' });
  });

  it('never describes the JWT secret in its loggable form', () => {
    const secret = 'x'.repeat(40);
    const described = JSON.stringify(describeConfig(loadConfig({ JWT_SECRET: secret }, CWD)));
    expect(described).not.toContain(secret);
  });
});
