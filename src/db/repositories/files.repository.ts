import type { Database } from '../database.js';
import { containsText, keysetAfter, keysetOrder, type SortSpec } from '../keyset.js';
import type { FileKind, FileStatus, FilesTable } from '../tables.js';

export interface StoredFile {
  id: string;
  userId: string;
  title: string;
  kind: FileKind;
  status: FileStatus;
  mimeType: string | null;
  sizeBytes: number | null;
  durationSeconds: number | null;
  /** Internal storage location; never sent to clients. */
  storageKey: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FileListQuery {
  userId: string;
  q?: string | undefined;
  kind?: FileKind | undefined;
  status?: FileStatus | undefined;
  /** Only files with (true) or without (false) any transcription. */
  transcribed?: boolean | undefined;
  sort: SortSpec;
  after?: { value: string | number; id: string } | undefined;
  /** Rows to fetch (callers ask for one more than a page to learn whether another follows). */
  limit: number;
}

const COLUMNS = [
  'files.id', 'files.user_id', 'files.title', 'files.kind', 'files.status', 'files.mime_type', 'files.size_bytes',
  'files.duration_seconds', 'files.storage_key', 'files.created_at', 'files.updated_at',
] as const;

type FileRow = Omit<FilesTable, 'deleted_at'>;

function toFile(row: FileRow): StoredFile {
  return {
    id: row.id,
    userId: row.user_id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    durationSeconds: row.duration_seconds,
    storageKey: row.storage_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Files are soft-deleted (their transcriptions may still point at them); deleted rows are invisible here. */
export class FilesRepository {
  constructor(private readonly db: Database) {}

  insert(file: StoredFile): void {
    this.db.run(
      this.db.query.insertInto('files').values({
        id: file.id,
        user_id: file.userId,
        title: file.title,
        kind: file.kind,
        status: file.status,
        mime_type: file.mimeType,
        size_bytes: file.sizeBytes,
        duration_seconds: file.durationSeconds,
        storage_key: file.storageKey,
        created_at: file.createdAt,
        updated_at: file.updatedAt,
      }),
    );
  }

  findForUser(userId: string, id: string): StoredFile | undefined {
    const row = this.db.first(
      this.db.query.selectFrom('files').select(COLUMNS).where('id', '=', id).where('user_id', '=', userId).where('deleted_at', 'is', null),
    );
    return row && toFile(row);
  }

  list(query: FileListQuery): StoredFile[] {
    let select = this.db.query
      .selectFrom('files')
      .select(COLUMNS)
      .where('user_id', '=', query.userId)
      .where('deleted_at', 'is', null);
    if (query.q) select = select.where(containsText('files.title', query.q));
    if (query.kind) select = select.where('kind', '=', query.kind);
    if (query.status) select = select.where('status', '=', query.status);
    if (query.transcribed !== undefined) {
      const wanted = query.transcribed;
      select = select.where((eb) => {
        const hasJob = eb.exists(eb.selectFrom('transcriptions').select('transcriptions.id').whereRef('transcriptions.file_id', '=', 'files.id'));
        return wanted ? hasJob : eb.not(hasJob);
      });
    }
    if (query.after) select = select.where(keysetAfter('files', query.sort, query.after.value, query.after.id));
    return this.db.all(select.orderBy(keysetOrder('files', query.sort)).limit(query.limit)).map(toFile);
  }

  updateTitle(userId: string, id: string, title: string, now: string): boolean {
    return (
      this.db.run(
        this.db.query
          .updateTable('files')
          .set({ title, updated_at: now })
          .where('id', '=', id)
          .where('user_id', '=', userId)
          .where('deleted_at', 'is', null),
      ) === 1
    );
  }

  /** Marks the file deleted and forgets where its bytes were; returns the old storage key. */
  softDelete(userId: string, id: string, now: string): { storageKey: string | null } | undefined {
    return this.db.immediate(() => {
      const file = this.findForUser(userId, id);
      if (!file) return undefined;
      this.db.run(
        this.db.query.updateTable('files').set({ deleted_at: now, updated_at: now, storage_key: null }).where('id', '=', id),
      );
      return { storageKey: file.storageKey };
    });
  }
}
