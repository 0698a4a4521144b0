import { EngineError, type EngineProvider, type ModelCapability } from './provider.js';

/**
 * Maps model ids to the providers that serve them and aggregates what every provider offers.
 * Capabilities are asked fresh each time because `installed` changes as models are downloaded.
 */
export class ProviderRegistry {
  constructor(private readonly providers: readonly EngineProvider[]) {
    const ids = providers.map((p) => p.id);
    if (new Set(ids).size !== ids.length) throw new Error(`duplicate engine provider ids: ${ids.join(', ')}`);
  }

  async models(): Promise<ModelCapability[]> {
    const lists = await Promise.all(this.providers.map((p) => p.capabilities()));
    const seen = new Set<string>();
    return lists.flat().filter((model) => (seen.has(model.id) ? false : (seen.add(model.id), true)));
  }

  async find(modelId: string): Promise<{ provider: EngineProvider; model: ModelCapability } | undefined> {
    for (const provider of this.providers) {
      const model = (await provider.capabilities()).find((m) => m.id === modelId);
      if (model) return { provider, model };
    }
    return undefined;
  }

  async resolve(modelId: string): Promise<{ provider: EngineProvider; model: ModelCapability }> {
    const found = await this.find(modelId);
    if (!found) throw new EngineError('MODEL_NOT_FOUND', `No speech engine on this server provides the model "${modelId}".`);
    return found;
  }

  /** The diarization model to use when a job asks for speakers: an installed one first. */
  async defaultDiarizationModel(): Promise<ModelCapability | undefined> {
    const candidates = (await this.models()).filter((m) => m.capabilities.includes('diarization'));
    return candidates.find((m) => m.installed) ?? candidates[0];
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.providers.map((p) => p.close()));
  }
}
