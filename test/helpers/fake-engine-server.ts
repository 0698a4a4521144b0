import { runServer } from '../../src/app/run-server.js';
import { FakeEngineProvider } from '../../src/transcription/engine/fake/fake.provider.js';

// Test-only process entry: the real server with the fake engine instead of the production ones.
// FAKE_ENGINE_DELAY_MS sets how long each transcription takes.
const engine = new FakeEngineProvider({ delayMs: Number(process.env.FAKE_ENGINE_DELAY_MS ?? 0), steps: 10 });
runServer({ env: process.env, engines: [engine] }).catch((err: unknown) => {
  process.stderr.write(`fake-engine server failed: ${String(err)}\n`);
  process.exit(1);
});
