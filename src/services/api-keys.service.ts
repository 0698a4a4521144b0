import type { ApiKey, ApiKeysRepository } from '../db/repositories/index.js';
import { isoNow, type Clock } from '../shared/clock.js';
import { notFound } from '../shared/errors.js';
import { newId } from '../shared/ids.js';
import { randomSecret, sha256Hex } from '../shared/secrets.js';
import { API_KEY_PREFIX } from './accounts/authenticator.js';
import type { Principal } from './principal.js';

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The raw key: returned once, at creation, and never stored. */
  rawKey: string;
}

export class ApiKeysService {
  constructor(private readonly deps: { apiKeys: ApiKeysRepository; clock: Clock }) {}

  list(principal: Principal): ApiKey[] {
    return this.deps.apiKeys.listForUser(principal.userId);
  }

  create(principal: Principal, input: { name: string; description?: string | undefined }): CreatedApiKey {
    const now = isoNow(this.deps.clock);
    const rawKey = `${API_KEY_PREFIX}${randomSecret(32)}`;
    const apiKey: ApiKey = {
      id: newId('key'),
      userId: principal.userId,
      name: input.name,
      description: input.description ?? null,
      keyPreview: `${API_KEY_PREFIX}…${rawKey.slice(-4)}`,
      isActive: true,
      lastUsedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    this.deps.apiKeys.insert(apiKey, sha256Hex(rawKey));
    return { apiKey, rawKey };
  }

  delete(principal: Principal, id: string): void {
    if (!this.deps.apiKeys.delete(principal.userId, id)) throw notFound('API key');
  }
}
