import { runEngineBench } from './engine.bench.js';
import { runHttpBench } from './http.bench.js';
import { runQueueBench } from './queue.bench.js';

/** `npm run bench -- <name…>`; with no name, runs them all. */
const BENCHES: Record<string, () => Promise<void>> = {
  http: runHttpBench,
  queue: runQueueBench,
  engine: runEngineBench,
};

const requested = process.argv.slice(2);
const names = requested.length > 0 ? requested : Object.keys(BENCHES);
for (const name of names) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}"; available: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  await bench();
}
