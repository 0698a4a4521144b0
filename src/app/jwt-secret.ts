import fs from 'node:fs';
import path from 'node:path';
import { randomSecret } from '../shared/secrets.js';

const SECRET_FILE = 'jwt_secret';

/**
 * The JWT signing key: `JWT_SECRET` when configured, otherwise a random secret generated on
 * first start into DATA_DIR/jwt_secret (mode 0600) so sessions survive restarts.
 */
export function loadOrCreateJwtSecret(dataDir: string, configured: string | undefined): string {
  if (configured) return configured;
  const file = path.join(dataDir, SECRET_FILE);
  try {
    fs.writeFileSync(file, `${randomSecret(48)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${SECRET_FILE} in the data directory is shorter than 32 characters; delete it to generate a new one`);
  return secret;
}
