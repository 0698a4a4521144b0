import { AppError } from './errors.js';

/** Where a page ended: the sort value and id of its last row, bound to the sort it was made for. */
export interface CursorPosition {
  sort: string;
  value: string | number;
  id: string;
}

/** Cursors are opaque to clients: base64url JSON they should pass back unchanged. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.value, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string, sort: string): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[0] !== 'string' ||
    (typeof parsed[1] !== 'string' && typeof parsed[1] !== 'number') || typeof parsed[2] !== 'string'
  ) {
    throw new AppError('INVALID_CURSOR', 'The cursor is not valid; start again without one.', { field: 'cursor' });
  }
  if (parsed[0] !== sort) {
    throw new AppError('INVALID_CURSOR', 'The cursor belongs to a different sort order.', { field: 'cursor' });
  }
  return { sort, value: parsed[1], id: parsed[2] };
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only proves that another page
 * exists, and the cursor points after the last row returned.
 */
export function toPage<T extends { id: string }>(rows: T[], limit: number, sort: string, valueOf: (row: T) => string | number): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ sort, value: valueOf(last), id: last.id }) : null;
  return { items, nextCursor };
}
