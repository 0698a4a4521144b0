import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { isProcessAlive } from '../../shared/process-alive.js';

/**
 * Worker ids are `<host>/<pid>/<boot>/w<n>`: readable in logs, unique per process start (the
 * boot part differs even when a container restarts with the same pid), and parseable so that
 * startup recovery can tell jobs of a dead process on this host from live jobs elsewhere.
 */
export interface ProcessIdentity {
  host: string;
  pid: number;
  boot: string;
}

export function currentProcess(): ProcessIdentity {
  return { host: os.hostname(), pid: process.pid, boot: randomBytes(3).toString('hex') };
}

export function workerId(identity: ProcessIdentity, index: number): string {
  return `${identity.host}/${identity.pid}/${identity.boot}/w${index}`;
}

/**
 * Whether a job claimed by `claimedBy` is certainly abandoned, as seen from this freshly
 * started process: it was claimed on this host by a process that is gone (or by an earlier
 * start of this very pid). Claims from other hosts are left to lease expiry.
 */
export function isAbandonedClaim(claimedBy: string | null, me: ProcessIdentity, pidAlive: (pid: number) => boolean = isProcessAlive): boolean {
  if (!claimedBy) return true;
  const [host, pidText, boot] = claimedBy.split('/');
  const pid = Number(pidText);
  if (host !== me.host || !Number.isInteger(pid)) return false;
  if (pid === me.pid) return boot !== me.boot;
  return !pidAlive(pid);
}
