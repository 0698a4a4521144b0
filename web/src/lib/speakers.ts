// Distinct, readable in light and dark themes; the 9th speaker wraps around.
const PALETTE = [
  'text-sky-700 bg-sky-100 dark:text-sky-300 dark:bg-sky-950',
  'text-amber-800 bg-amber-100 dark:text-amber-300 dark:bg-amber-950',
  'text-emerald-700 bg-emerald-100 dark:text-emerald-300 dark:bg-emerald-950',
  'text-rose-700 bg-rose-100 dark:text-rose-300 dark:bg-rose-950',
  'text-violet-700 bg-violet-100 dark:text-violet-300 dark:bg-violet-950',
  'text-teal-700 bg-teal-100 dark:text-teal-300 dark:bg-teal-950',
  'text-orange-700 bg-orange-100 dark:text-orange-300 dark:bg-orange-950',
  'text-fuchsia-700 bg-fuchsia-100 dark:text-fuchsia-300 dark:bg-fuchsia-950',
];

/** A stable colour per speaker, by the order speakers are listed in. */
export function speakerClass(speaker: string, order: readonly string[]): string {
  const index = Math.max(0, order.indexOf(speaker));
  return PALETTE[index % PALETTE.length] ?? PALETTE[0] ?? '';
}
