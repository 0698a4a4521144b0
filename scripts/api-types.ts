import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app/build-app.js';
import { loadConfig } from '../src/config/index.js';

export const API_TYPES_FILE = path.resolve(import.meta.dirname, '../web/src/api/schema.gen.ts');

/** TypeScript types for the web UI, generated from the server's own OpenAPI document. */
export async function generateApiTypes(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'scriberr-openapi-'));
  const app = await buildApp({ config: loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), engines: [], mediaTools: null, startQueue: false });
  try {
    await app.ready();
    const document = app.swagger() as Parameters<typeof openapiTS>[0];
    const types = astToString(await openapiTS(document, { alphabetize: true }));
    return `// Generated from the server's OpenAPI document by \`npm run api-types\`. Do not edit.\n\n${types}`;
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(API_TYPES_FILE, await generateApiTypes());
  console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
