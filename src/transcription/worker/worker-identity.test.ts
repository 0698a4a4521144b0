import { describe, expect, it } from 'vitest';
import { isAbandonedClaim, workerId } from './worker-identity.js';

const me = { host: 'box', pid: 100, boot: 'b1' };
const alive = (pid: number) => pid === 200;

describe('isAbandonedClaim', () => {
  it.each([
    [null, true, 'an unclaimed processing row'],
    ['box/300/x/w0', true, 'a dead process on this host'],
    ['box/200/x/w0', false, 'a live process on this host'],
    ['box/100/b0/w1', true, 'an earlier start with this same pid (a restarted container)'],
    ['box/100/b1/w1', false, 'this very process'],
    ['other/300/x/w0', false, 'another host (left to lease expiry)'],
    ['garbage', false, 'an id it cannot read'],
  ] as [string | null, boolean, string][])('%s → %s (%s)', (claimedBy, expected) => {
    expect(isAbandonedClaim(claimedBy, me, alive)).toBe(expected);
  });

  it('reads back the ids it makes', () => {
    expect(isAbandonedClaim(workerId({ host: 'box', pid: 300, boot: 'zz' }, 2), me, alive)).toBe(true);
  });
});
