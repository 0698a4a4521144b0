import type { Logger } from 'pino';
import { AppError } from '../shared/errors.js';
import type { ModelCapability, ProviderRegistry } from '../transcription/engine/index.js';
import type { ModelManager } from '../transcription/engine/local/model-manager.js';

export interface ModelView extends ModelCapability {
  downloading: boolean;
}

/** The speech models on offer, and (for admins) installing and removing local ones. */
export class ModelsService {
  constructor(private readonly deps: { registry: ProviderRegistry; manager: ModelManager | undefined; logger: Logger }) {}

  async list(): Promise<ModelView[]> {
    return (await this.deps.registry.models()).map((model) => ({ ...model, downloading: this.deps.manager?.isDownloading(model.id) ?? false }));
  }

  /** Starts a download in the background; progress arrives as `model.download.*` events. */
  async startDownload(id: string): Promise<'installed' | 'downloading'> {
    const manager = await this.managerFor(id);
    if (manager.isInstalled(id)) return 'installed';
    manager.download(id).catch((err: unknown) => this.deps.logger.warn({ err, model: id }, 'model download failed'));
    return 'downloading';
  }

  async remove(id: string): Promise<void> {
    const manager = await this.managerFor(id);
    if (!(await manager.remove(id))) throw new AppError('NOT_FOUND', `The model ${id} is not installed.`);
  }

  private async managerFor(id: string): Promise<ModelManager> {
    const { manager, registry } = this.deps;
    if (manager?.knows(id)) return manager;
    if (await registry.find(id)) {
      throw new AppError('INVALID_STATE', `The model ${id} is not managed by this server (it comes with system packages or its engine).`);
    }
    throw new AppError('NOT_FOUND', `Model ${id} was not found.`);
  }
}
