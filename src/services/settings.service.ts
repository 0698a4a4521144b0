import type { SettingsRepository } from '../db/repositories/index.js';
import { isoNow, type Clock } from '../shared/clock.js';
import { validationError } from '../shared/errors.js';
import type { Principal } from './principal.js';
import type { ProfilesService } from './profiles.service.js';

export interface UserSettings {
  /** A finished upload immediately gets a transcription with the default profile. */
  autoTranscriptionEnabled: boolean;
  /** The default profile, kept on the profile itself (`is_default`) so there is one truth. */
  defaultProfileId: string | null;
  /** Only local engines may process this user's audio (no remote providers exist yet). */
  localOnly: boolean;
  /** Per-user upload limit, never above the server's MAX_UPLOAD_SIZE_MB. */
  maxUploadSizeMb: number;
}

export type SettingsPatch = Partial<{ autoTranscriptionEnabled: boolean; defaultProfileId: string | null; localOnly: boolean; maxUploadSizeMb: number | null }>;

export class SettingsService {
  constructor(private readonly deps: { settings: SettingsRepository; profiles: ProfilesService; clock: Clock; serverMaxUploadMb: number }) {}

  get(principal: Principal): UserSettings {
    return this.forUser(principal.userId);
  }

  forUser(userId: string): UserSettings {
    const stored = this.deps.settings.all(userId);
    const limit = typeof stored.max_upload_size_mb === 'number' ? stored.max_upload_size_mb : this.deps.serverMaxUploadMb;
    return {
      autoTranscriptionEnabled: stored.auto_transcription_enabled === true,
      defaultProfileId: this.deps.profiles.defaultFor(userId)?.id ?? null,
      localOnly: stored.local_only !== false,
      maxUploadSizeMb: Math.min(limit, this.deps.serverMaxUploadMb),
    };
  }

  async update(principal: Principal, patch: SettingsPatch): Promise<UserSettings> {
    if (patch.maxUploadSizeMb != null && patch.maxUploadSizeMb > this.deps.serverMaxUploadMb) {
      throw validationError('max_upload_size_mb', `max_upload_size_mb cannot exceed the server limit of ${this.deps.serverMaxUploadMb} MB.`);
    }
    if (patch.defaultProfileId !== undefined) {
      if (patch.defaultProfileId === null) this.deps.profiles.clearDefault(principal);
      else {
        try {
          await this.deps.profiles.setDefault(principal, patch.defaultProfileId);
        } catch {
          throw validationError('default_profile_id', `Profile "${patch.defaultProfileId}" was not found.`);
        }
      }
    }
    const values: Record<string, unknown> = {};
    if (patch.autoTranscriptionEnabled !== undefined) values.auto_transcription_enabled = patch.autoTranscriptionEnabled;
    if (patch.localOnly !== undefined) values.local_only = patch.localOnly;
    if (patch.maxUploadSizeMb !== undefined) values.max_upload_size_mb = patch.maxUploadSizeMb;
    this.deps.settings.put(principal.userId, values, isoNow(this.deps.clock));
    return this.get(principal);
  }
}
