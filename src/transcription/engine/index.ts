export * from './provider.js';
export { ProviderRegistry } from './registry.js';
