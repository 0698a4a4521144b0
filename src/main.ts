import { loadDotEnv, runServer } from './app/run-server.js';

// Process entry: the production server.
loadDotEnv();
runServer({ env: process.env }).catch((err: unknown) => {
  process.stderr.write(`scriberr: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
