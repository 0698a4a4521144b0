import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { constantTimeEqual } from '../../shared/secrets.js';

/**
 * scrypt parameters. N=2^15, r=8 needs 32 MiB per hash (memory-hard, so GPU guessing is
 * costly) and takes ~50–100 ms on one core, the OWASP-recommended floor. The parameters are
 * stored with each hash so they can be raised later without breaking existing passwords.
 */
export interface ScryptCost {
  logN: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT_COST: ScryptCost = { logN: 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.logN;
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export class PasswordHasher {
  constructor(private readonly cost: ScryptCost = DEFAULT_SCRYPT_COST) {}

  /** Returns `scrypt$logN$r$p$salt$hash` (base64url parts). */
  async hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await derive(password, salt, this.cost);
    const { logN, r, p } = this.cost;
    return ['scrypt', logN, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const [scheme, logN, r, p, salt, expected] = stored.split('$');
    if (scheme !== 'scrypt' || !salt || !expected) return false;
    const cost = { logN: Number(logN), r: Number(r), p: Number(p) };
    if (![cost.logN, cost.r, cost.p].every((n) => Number.isInteger(n) && n > 0)) return false;
    const key = await derive(password, Buffer.from(salt, 'base64url'), cost);
    return constantTimeEqual(key, Buffer.from(expected, 'base64url'));
  }

  /** Spends the time of a real verification, so "no such user" answers as slowly as "wrong password". */
  async burn(password: string): Promise<void> {
    await derive(password, randomBytes(SALT_BYTES), this.cost);
  }
}
