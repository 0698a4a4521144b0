/**
 * `npm run models -- <command>`: manage the local speech models without the server.
 *
 *   list                         models, whether installed, and sizes
 *   download <id>                download and install a model (and the helper models it needs)
 *   import <archive-or-dir> [id] install from an upstream archive or an extracted directory
 *                                copied here by hand (air-gapped machines)
 *   remove <id>                  delete an installed model
 */
import fs from 'node:fs';
import { loadDotEnv } from '../app/run-server.js';
import { ConfigError, loadConfig } from '../config/index.js';
import { CATALOG } from '../transcription/engine/local/catalog.js';
import { ModelDownloader } from '../transcription/engine/local/downloader.js';
import { ModelManager } from '../transcription/engine/local/model-manager.js';
import { ModelStore } from '../transcription/engine/local/model-store.js';
import { EngineError } from '../transcription/engine/provider.js';

const USAGE = 'usage: npm run models -- list | download <id> | import <archive-or-dir> [id] | remove <id>';

function size(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
}

async function main(argv: string[]): Promise<number> {
  loadDotEnv();
  const config = loadConfig(process.env);
  const store = new ModelStore(config.speechEngine.cacheDir, CATALOG);
  const downloader = new ModelDownloader({ store, baseUrl: config.speechEngine.modelBaseUrl });
  const manager = new ModelManager(store, downloader);
  const [command, target, extra] = argv;

  switch (command) {
    case 'list': {
      for (const entry of CATALOG) {
        const state = manager.isInstalled(entry.id) ? 'installed' : '-';
        const note = entry.listed === false ? ' (helper, installed with the models that need it)' : '';
        console.log(`${entry.id.padEnd(24)} ${state.padEnd(10)} ${size(entry.sizeBytes).padStart(8)}  ${entry.name}${note}`);
      }
      console.log('pocketsphinx-en-us comes from the system packages (apt-get install pocketsphinx pocketsphinx-en-us).');
      console.log(`\nmodel cache: ${store.root}`);
      return 0;
    }
    case 'download': {
      if (!target) break;
      if (!manager.knows(target)) throw new EngineError('MODEL_NOT_FOUND', `Unknown model "${target}"; see \`npm run models -- list\`.`);
      let shown = -1;
      await manager.download(target, (fraction) => {
        const percent = Math.floor(fraction * 100);
        if (percent !== shown && percent % 5 === 0) process.stdout.write(`\rdownloading ${target}: ${(shown = percent)}%   `);
      });
      console.log(`\n${target} is installed.`);
      return 0;
    }
    case 'import': {
      if (!target) break;
      if (!fs.existsSync(target)) throw new EngineError('MODEL_NOT_FOUND', `${target} does not exist.`);
      if (fs.statSync(target).isDirectory()) {
        const entry = extra ? store.entry(extra) : store.matchDirectory(target);
        if (!entry) throw new EngineError('MODEL_NOT_FOUND', 'Could not tell which model that directory holds; name it: `import <dir> <model-id>`.');
        await store.installFromDirectory(entry.id, target);
        console.log(`${entry.id} is installed.`);
      } else {
        const installed = await store.importFile(target);
        console.log(installed.length > 0 ? `installed: ${installed.join(', ')}` : 'kept; the model needs its other files too (import them as well).');
      }
      return 0;
    }
    case 'remove': {
      if (!target) break;
      if (!store.entry(target)) throw new EngineError('MODEL_NOT_FOUND', `Unknown model "${target}"; see \`npm run models -- list\`.`);
      console.log((await manager.remove(target)) ? `${target} was removed.` : `${target} is not installed.`);
      return 0;
    }
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError || err instanceof EngineError) console.error(`models: ${err.message}`);
    else console.error(`models: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
