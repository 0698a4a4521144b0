import { EngineError } from '../provider.js';
import type { ModelDownloader } from './downloader.js';
import type { ModelStore } from './model-store.js';

/** Installing and removing local models on an administrator's request. */
export class ModelManager {
  constructor(
    private readonly store: ModelStore,
    private readonly downloader: ModelDownloader,
  ) {}

  /** Any model of the catalog, helper models (the VAD) included. */
  knows(id: string): boolean {
    return this.store.entry(id) !== undefined;
  }

  isInstalled(id: string): boolean {
    const entry = this.store.entry(id);
    return entry !== undefined && [id, ...(entry.requires ?? [])].every((needed) => this.store.isInstalled(needed));
  }

  isDownloading(id: string): boolean {
    return this.downloader.isDownloading(id);
  }

  /** Downloads a model and the helper models it needs; resolves when all are installed. */
  async download(id: string, onProgress?: (fraction: number) => void): Promise<void> {
    const entry = this.store.entry(id);
    if (!entry) throw new EngineError('MODEL_NOT_FOUND', `Unknown model "${id}".`);
    for (const needed of [id, ...(entry.requires ?? [])]) {
      const neededEntry = this.store.entry(needed);
      if (neededEntry) await this.downloader.ensure(neededEntry, undefined, onProgress);
    }
  }

  remove(id: string): Promise<boolean> {
    return this.store.remove(id);
  }
}
