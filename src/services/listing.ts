import type { SortSpec } from '../db/keyset.js';
import { decodeCursor, toPage, type CursorPosition, type Page } from '../shared/cursor.js';

/** Listing options of the resources that sort by creation, update or title. */
export interface SortedListOptions {
  limit: number;
  cursor?: string | undefined;
  sort: { name: string; spec: SortSpec };
}

interface Sortable {
  id: string;
  createdAt: string;
  updatedAt: string;
  title: string;
}

const SORT_VALUE: Record<string, (row: Sortable) => string> = {
  created_at: (row) => row.createdAt,
  updated_at: (row) => row.updatedAt,
  title: (row) => row.title,
};

/**
 * One keyset page: decodes the cursor for this sort, fetches one row more than the page (to
 * know whether another follows) and encodes where the page ended.
 */
export function listPage<T extends Sortable>(options: SortedListOptions, fetch: (after: CursorPosition | undefined, limit: number) => T[]): Page<T> {
  const after = options.cursor ? decodeCursor(options.cursor, options.sort.name) : undefined;
  const valueOf = SORT_VALUE[options.sort.spec.column];
  if (!valueOf) throw new Error(`no sort value for ${options.sort.spec.column}`);
  return toPage(fetch(after, options.limit + 1), options.limit, options.sort.name, valueOf);
}
