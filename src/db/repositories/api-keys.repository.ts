import type { Database } from '../database.js';
import type { ApiKeysTable } from '../tables.js';

export interface ApiKey {
  id: string;
  userId: string;
  name: string;
  description: string | null;
  keyPreview: string;
  isActive: boolean;
  lastUsedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = ['id', 'user_id', 'name', 'description', 'key_preview', 'is_active', 'last_used_at', 'created_at', 'updated_at'] as const;

function toApiKey(row: Pick<ApiKeysTable, (typeof COLUMNS)[number]>): ApiKey {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    description: row.description,
    keyPreview: row.key_preview,
    isActive: row.is_active === 1,
    lastUsedAt: row.last_used_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class ApiKeysRepository {
  constructor(private readonly db: Database) {}

  listForUser(userId: string): ApiKey[] {
    return this.db
      .all(this.db.query.selectFrom('api_keys').select(COLUMNS).where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc'))
      .map(toApiKey);
  }

  insert(key: ApiKey, keyHash: string): void {
    this.db.run(
      this.db.query.insertInto('api_keys').values({
        id: key.id,
        user_id: key.userId,
        name: key.name,
        description: key.description,
        key_hash: keyHash,
        key_preview: key.keyPreview,
        is_active: key.isActive ? 1 : 0,
        last_used_at: key.lastUsedAt,
        created_at: key.createdAt,
        updated_at: key.updatedAt,
      }),
    );
  }

  /** Returns false when the key does not exist or belongs to someone else. */
  delete(userId: string, id: string): boolean {
    return this.db.run(this.db.query.deleteFrom('api_keys').where('id', '=', id).where('user_id', '=', userId)) === 1;
  }

  findActiveByHash(keyHash: string): ApiKey | undefined {
    const row = this.db.first(
      this.db.query.selectFrom('api_keys').select(COLUMNS).where('key_hash', '=', keyHash).where('is_active', '=', 1),
    );
    return row && toApiKey(row);
  }

  /** Records use, at most once per `staleBefore` window, so API traffic does not write on every request. */
  touch(id: string, now: string, staleBefore: string): void {
    this.db.run(
      this.db.query
        .updateTable('api_keys')
        .set({ last_used_at: now })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', staleBefore)])),
    );
  }
}
