import type { SystemRepository } from '../db/repositories/index.js';

export interface Readiness {
  ready: boolean;
  checks: { database: 'ok' | 'failing'; media_tools: 'ok' | 'missing' };
}

export class HealthService {
  constructor(private readonly deps: { system: SystemRepository; mediaToolsAvailable: boolean }) {}

  /** Ready means requests can be served: the database answers. Missing media tools only degrade uploads. */
  readiness(): Readiness {
    const database = this.deps.system.ping() ? 'ok' : 'failing';
    return {
      ready: database === 'ok',
      checks: { database, media_tools: this.deps.mediaToolsAvailable ? 'ok' : 'missing' },
    };
  }
}
