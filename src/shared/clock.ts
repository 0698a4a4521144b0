/** Time source, injected so tests can control leases, expiries and timestamps. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Timestamps are stored and returned as ISO-8601 UTC strings with milliseconds (they sort as text). */
export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}
