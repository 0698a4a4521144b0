import type { Database } from '../database.js';

/** Per-user key/value settings; values are JSON. */
export class SettingsRepository {
  constructor(private readonly db: Database) {}

  all(userId: string): Record<string, unknown> {
    const rows = this.db.all(this.db.query.selectFrom('settings').select(['key', 'value_json']).where('user_id', '=', userId));
    return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value_json) as unknown]));
  }

  /** Writes several keys at once; `null` deletes a key (back to its default). */
  put(userId: string, values: Record<string, unknown>, now: string): void {
    this.db.immediate(() => {
      for (const [key, value] of Object.entries(values)) {
        if (value === null) {
          this.db.run(this.db.query.deleteFrom('settings').where('user_id', '=', userId).where('key', '=', key));
          continue;
        }
        this.db.run(
          this.db.query
            .insertInto('settings')
            .values({ user_id: userId, key, value_json: JSON.stringify(value), updated_at: now })
            .onConflict((oc) => oc.columns(['user_id', 'key']).doUpdateSet({ value_json: JSON.stringify(value), updated_at: now })),
        );
      }
    });
  }
}
