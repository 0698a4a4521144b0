/**
 * Wakes idle workers the moment a job is enqueued, so a job waits milliseconds rather than a
 * poll interval. A wake with no idle worker is remembered, so a worker about to sleep sees it.
 */
export class WakeSignal {
  private readonly sleepers: (() => void)[] = [];
  private pending = 0;

  /** Wakes one sleeping worker (or the next one to sleep). */
  wakeOne(): void {
    const sleeper = this.sleepers.shift();
    if (sleeper) sleeper();
    else this.pending++;
  }

  wakeAll(): void {
    for (const sleeper of this.sleepers.splice(0)) sleeper();
  }

  /** Resolves on a wake or after `timeoutMs`, whichever comes first. */
  sleep(timeoutMs: number): Promise<void> {
    if (this.pending > 0) {
      this.pending--;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const index = this.sleepers.indexOf(wake);
        if (index >= 0) this.sleepers.splice(index, 1);
        resolve();
      }, timeoutMs);
      this.sleepers.push(wake);
    });
  }

  /** Forgets remembered wakes (a fresh claim pass is about to happen anyway). */
  clear(): void {
    this.pending = 0;
  }
}
