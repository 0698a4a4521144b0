import type { Database } from '../database.js';
import type { ProfilesTable } from '../tables.js';
import type { JobOptions } from './transcriptions.repository.js';

export interface Profile {
  id: string;
  userId: string;
  name: string;
  description: string | null;
  isDefault: boolean;
  options: JobOptions;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = ['id', 'user_id', 'name', 'description', 'is_default', 'options_json', 'created_at', 'updated_at'] as const;

function toProfile(row: Pick<ProfilesTable, (typeof COLUMNS)[number]>): Profile {
  let options: JobOptions = {};
  try {
    options = JSON.parse(row.options_json) as JobOptions;
  } catch {
    options = {};
  }
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    description: row.description,
    isDefault: row.is_default === 1,
    options,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class ProfilesRepository {
  constructor(private readonly db: Database) {}

  list(userId: string, limit: number, after?: { createdAt: string; id: string }): Profile[] {
    let select = this.db.query.selectFrom('profiles').select(COLUMNS).where('user_id', '=', userId);
    if (after) {
      select = select.where((eb) =>
        eb.or([eb('created_at', '>', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])]),
      );
    }
    return this.db.all(select.orderBy('created_at').orderBy('id').limit(limit)).map(toProfile);
  }

  find(userId: string, id: string): Profile | undefined {
    const row = this.db.first(this.db.query.selectFrom('profiles').select(COLUMNS).where('user_id', '=', userId).where('id', '=', id));
    return row && toProfile(row);
  }

  findDefault(userId: string): Profile | undefined {
    const row = this.db.first(this.db.query.selectFrom('profiles').select(COLUMNS).where('user_id', '=', userId).where('is_default', '=', 1));
    return row && toProfile(row);
  }

  /** Inserts a profile; when it is the default, the previous default stops being one (same transaction). */
  insert(profile: Profile): void {
    this.db.immediate(() => {
      if (profile.isDefault) this.clearDefault(profile.userId, profile.updatedAt);
      this.db.run(
        this.db.query.insertInto('profiles').values({
          id: profile.id,
          user_id: profile.userId,
          name: profile.name,
          description: profile.description,
          is_default: profile.isDefault ? 1 : 0,
          options_json: JSON.stringify(profile.options),
          created_at: profile.createdAt,
          updated_at: profile.updatedAt,
        }),
      );
    });
  }

  update(profile: Profile): boolean {
    return this.db.immediate(() => {
      if (profile.isDefault) this.clearDefault(profile.userId, profile.updatedAt, profile.id);
      return (
        this.db.run(
          this.db.query
            .updateTable('profiles')
            .set({
              name: profile.name,
              description: profile.description,
              is_default: profile.isDefault ? 1 : 0,
              options_json: JSON.stringify(profile.options),
              updated_at: profile.updatedAt,
            })
            .where('id', '=', profile.id)
            .where('user_id', '=', profile.userId),
        ) === 1
      );
    });
  }

  delete(userId: string, id: string): boolean {
    return this.db.run(this.db.query.deleteFrom('profiles').where('user_id', '=', userId).where('id', '=', id)) === 1;
  }

  private clearDefault(userId: string, now: string, exceptId?: string): void {
    let update = this.db.query.updateTable('profiles').set({ is_default: 0, updated_at: now }).where('user_id', '=', userId).where('is_default', '=', 1);
    if (exceptId) update = update.where('id', '!=', exceptId);
    this.db.run(update);
  }
}
