import { createAccounts } from './0001-create-accounts.js';
import { createFiles } from './0002-create-files.js';
import { createProfilesAndSettings } from './0003-create-profiles-and-settings.js';
import { createTranscriptions } from './0004-create-transcriptions.js';
import { createIdempotencyKeys } from './0005-create-idempotency-keys.js';
import { addJobErrorCodeAndWarnings } from './0006-add-job-error-code-and-warnings.js';
import type { Migration } from './migration.js';

/** Every migration, in order. Listed by hand (no directory scanning) so a build cannot drop one. */
export const MIGRATIONS: readonly Migration[] = [
  createAccounts,
  createFiles,
  createProfilesAndSettings,
  createTranscriptions,
  createIdempotencyKeys,
  addJobErrorCodeAndWarnings,
];

export type { Migration } from './migration.js';
