import type { Migration } from './migration.js';

export const addJobErrorCodeAndWarnings: Migration = {
  id: 6,
  name: 'add-job-error-code-and-warnings',
  sql: `
    -- A stable code next to the sanitized message of a failed job (MODEL_NOT_INSTALLED, …),
    -- and warnings of a job that completed with something missing (no speakers, say).
    ALTER TABLE transcriptions ADD COLUMN error_code TEXT;
    ALTER TABLE transcriptions ADD COLUMN warnings_json TEXT;
  `,
};
