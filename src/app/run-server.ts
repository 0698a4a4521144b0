import fs from 'node:fs';
import { ConfigError, loadConfig, type Env } from '../config/index.js';
import type { EngineProvider } from '../transcription/engine/index.js';
import { buildApp } from './build-app.js';
import { createLogger } from './logger.js';

/**
 * Runs the server as a process: configuration (with `.env`), the app, the listener and an
 * orderly shutdown on SIGINT/SIGTERM. `engines` replaces the production speech engines
 * (only test entry points pass it).
 */
export async function runServer(options: { env: Env; engines?: EngineProvider[] }): Promise<void> {
  let config;
  try {
    config = loadConfig(options.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`scriberr: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }

  const logger = createLogger(config);
  const app = await buildApp({ config, logger, startQueue: false, ...(options.engines ? { engines: options.engines } : {}) });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    await app.close();
    throw err;
  }
  // Only a process that serves requests works the queue (and recovers interrupted jobs).
  app.services.queue.start();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting at once');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** Reads `.env` from the working directory into the environment (existing variables win). */
export function loadDotEnv(): void {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
}
