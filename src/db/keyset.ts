import { sql, type RawBuilder, type SqlBool } from 'kysely';

/** One sortable column of a listing, and how it compares (text titles compare case-insensitively). */
export interface SortSpec {
  column: string;
  direction: 'asc' | 'desc';
  nocase?: boolean;
}

/** Parses `created_at` / `-created_at` style sort parameters against the columns a listing allows. */
export function parseSort(sort: string, allowed: Record<string, { nocase?: boolean }>): SortSpec | undefined {
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const column = sort.replace(/^[-+]/, '');
  const options = allowed[column];
  return options ? { column, direction, nocase: options.nocase ?? false } : undefined;
}

function columnRef(table: string, spec: SortSpec): RawBuilder<unknown> {
  const ref = sql.ref(`${table}.${spec.column}`);
  return spec.nocase ? sql`${ref} COLLATE NOCASE` : sql`${ref}`;
}

/** `ORDER BY` for a keyset listing: the sort column, then the id as a unique tie-breaker. */
export function keysetOrder(table: string, spec: SortSpec): RawBuilder<unknown> {
  const dir = sql.raw(spec.direction === 'desc' ? 'DESC' : 'ASC');
  return sql`${columnRef(table, spec)} ${dir}, ${sql.ref(`${table}.id`)} ${dir}`;
}

/** The condition "comes after (value, id) in this order", as a SQLite row-value comparison. */
export function keysetAfter(table: string, spec: SortSpec, value: string | number, id: string): RawBuilder<SqlBool> {
  const op = sql.raw(spec.direction === 'desc' ? '<' : '>');
  const boundValue = spec.nocase ? sql`${value} COLLATE NOCASE` : sql`${value}`;
  return sql<SqlBool>`(${columnRef(table, spec)}, ${sql.ref(`${table}.id`)}) ${op} (${boundValue}, ${id})`;
}

/**
 * "column contains text", case-insensitively for ASCII (SQLite's LIKE), with `%`, `_` and `\`
 * in the user's text matched literally.
 */
export function containsText(column: string, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${sql.ref(column)} LIKE ${pattern} ESCAPE '\\'`;
}
