import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../../scripts/api-types.js';

describe('the web UI’s API types', () => {
  it('match the server’s OpenAPI document (run `npm run api-types` after changing a route)', async () => {
    expect(fs.readFileSync(API_TYPES_FILE, 'utf8')).toBe(await generateApiTypes());
  });
});
