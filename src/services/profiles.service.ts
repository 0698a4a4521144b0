import type { JobOptions, Profile, ProfilesRepository } from '../db/repositories/index.js';
import { isoNow, type Clock } from '../shared/clock.js';
import { decodeCursor, toPage, type Page } from '../shared/cursor.js';
import { AppError, notFound } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import type { JobOptionsValidator } from './job-options-validator.js';
import type { Principal } from './principal.js';

export interface ProfileInput {
  name: string;
  description?: string | null | undefined;
  isDefault?: boolean | undefined;
  options?: JobOptions | undefined;
}

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Named sets of job options; at most one per user is the default applied to new jobs. */
export class ProfilesService {
  constructor(private readonly deps: { profiles: ProfilesRepository; validator: JobOptionsValidator; clock: Clock }) {}

  list(principal: Principal, limit: number, cursor?: string): Page<Profile> {
    const after = cursor ? decodeCursor(cursor, 'created_at') : undefined;
    const rows = this.deps.profiles.list(principal.userId, limit + 1, after && { createdAt: String(after.value), id: after.id });
    return toPage(rows, limit, 'created_at', (p) => p.createdAt);
  }

  get(principal: Principal, id: string): Profile {
    const profile = this.deps.profiles.find(principal.userId, id);
    if (!profile) throw notFound('Profile');
    return profile;
  }

  async create(principal: Principal, input: ProfileInput): Promise<Profile> {
    await this.deps.validator.checkRequested(input.options);
    const now = isoNow(this.deps.clock);
    const profile: Profile = {
      id: newId('profile'),
      userId: principal.userId,
      name: input.name.trim(),
      description: input.description ?? null,
      isDefault: input.isDefault ?? false,
      options: input.options ?? {},
      createdAt: now,
      updatedAt: now,
    };
    this.write(() => this.deps.profiles.insert(profile));
    return profile;
  }

  /** Partial update: fields left out keep their values; `options` replaces the whole option set. */
  async update(principal: Principal, id: string, input: Partial<ProfileInput>): Promise<Profile> {
    const current = this.get(principal, id);
    await this.deps.validator.checkRequested(input.options);
    const updated: Profile = {
      ...current,
      name: input.name?.trim() ?? current.name,
      description: input.description === undefined ? current.description : input.description,
      isDefault: input.isDefault ?? current.isDefault,
      options: input.options ?? current.options,
      updatedAt: isoNow(this.deps.clock),
    };
    this.write(() => this.deps.profiles.update(updated));
    return this.get(principal, id);
  }

  delete(principal: Principal, id: string): void {
    if (!this.deps.profiles.delete(principal.userId, id)) throw notFound('Profile');
  }

  async setDefault(principal: Principal, id: string): Promise<Profile> {
    return this.update(principal, id, { isDefault: true });
  }

  /** Makes no profile the default. */
  clearDefault(principal: Principal): void {
    const current = this.deps.profiles.findDefault(principal.userId);
    if (current) this.deps.profiles.update({ ...current, isDefault: false, updatedAt: isoNow(this.deps.clock) });
  }

  defaultFor(userId: string): Profile | undefined {
    return this.deps.profiles.findDefault(userId);
  }

  private write(fn: () => unknown): void {
    try {
      fn();
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'Another profile became the default at the same time; try again.');
      throw err;
    }
  }
}
