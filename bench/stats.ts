/** Small helpers for benchmark output: percentiles and aligned rows. */
export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index] ?? NaN;
}

export function summarize(label: string, samplesMs: number[]): string {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  const perSecond = total > 0 ? (sorted.length / total) * 1000 : 0;
  return `${label.padEnd(34)} n=${String(sorted.length).padStart(5)}  p50=${percentile(sorted, 50).toFixed(2).padStart(8)} ms  p99=${percentile(sorted, 99).toFixed(2).padStart(8)} ms  ${perSecond.toFixed(0).padStart(6)} ops/s`;
}

export async function timeEach(count: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return samples;
}
