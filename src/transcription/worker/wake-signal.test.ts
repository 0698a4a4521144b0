import { describe, expect, it } from 'vitest';
import { WakeSignal } from './wake-signal.js';

describe('WakeSignal', () => {
  it('wakes a sleeper at once', async () => {
    const wake = new WakeSignal();
    const started = performance.now();
    const sleeping = wake.sleep(60_000);
    wake.wakeOne();
    await sleeping;
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('remembers a wake that came while nobody slept', async () => {
    const wake = new WakeSignal();
    wake.wakeOne();
    const started = performance.now();
    await wake.sleep(60_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('times out without a wake', async () => {
    const wake = new WakeSignal();
    const started = performance.now();
    await wake.sleep(30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });
});
