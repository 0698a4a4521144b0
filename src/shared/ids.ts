import { randomBytes } from 'node:crypto';

export type IdPrefix = 'user' | 'rt' | 'key' | 'file' | 'tr' | 'exec' | 'profile' | 'req';

/**
 * Opaque public ids: a prefix naming the kind, then 12 hex digits of milliseconds (so ids sort
 * roughly by creation, which keeps B-tree inserts local) and 16 of randomness.
 */
export function newId(prefix: IdPrefix, nowMs: number = Date.now()): string {
  return `${prefix}_${nowMs.toString(16).padStart(12, '0')}${randomBytes(8).toString('hex')}`;
}
