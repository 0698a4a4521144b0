export { loadConfig, describeConfig, ConfigError, UPSTREAM_MODEL_BASE_URL } from './config.js';
export type { Config, ConfigProblem, Env } from './config.js';
export { parseDuration, formatDuration } from './duration.js';
