import { sql } from 'kysely';
import type { Database } from '../database.js';

export class SystemRepository {
  constructor(private readonly db: Database) {}

  /** True when the database answers a trivial query. */
  ping(): boolean {
    try {
      return this.db.first(this.db.query.selectNoFrom(sql<number>`1`.as('ok')))?.ok === 1;
    } catch {
      return false;
    }
  }
}
