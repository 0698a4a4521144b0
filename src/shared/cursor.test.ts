import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { AppError } from './errors.js';

describe('cursors', () => {
  it('round-trip a position', () => {
    const cursor = encodeCursor({ sort: '-created_at', value: '2026-01-01T00:00:00.000Z', id: 'file_1' });
    expect(decodeCursor(cursor, '-created_at')).toEqual({ sort: '-created_at', value: '2026-01-01T00:00:00.000Z', id: 'file_1' });
  });

  it.each(['', 'garbage', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')])(
    'reject the malformed cursor %j',
    (cursor) => {
      expect(() => decodeCursor(cursor, 'title')).toThrow(AppError);
    },
  );

  it('reject a cursor made for another sort', () => {
    const cursor = encodeCursor({ sort: 'title', value: 'a', id: 'file_1' });
    expect(() => decodeCursor(cursor, '-title')).toThrow(/different sort/);
  });
});

describe('toPage', () => {
  const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('uses the extra row only to know that another page exists', () => {
    const page = toPage(rows, 2, 'id', (r) => r.id);
    expect(page.items).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(decodeCursor(page.nextCursor ?? '', 'id')).toMatchObject({ value: 'b', id: 'b' });
  });

  it('has no next cursor on the last page', () => {
    expect(toPage(rows, 3, 'id', (r) => r.id).nextCursor).toBeNull();
  });
});
