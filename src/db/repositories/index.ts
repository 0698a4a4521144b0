export { UsersRepository, type User } from './users.repository.js';
export { RefreshTokensRepository, type RefreshTokenRecord } from './refresh-tokens.repository.js';
export { ApiKeysRepository, type ApiKey } from './api-keys.repository.js';
export { FilesRepository, type StoredFile, type FileListQuery } from './files.repository.js';
export { IdempotencyRepository, type IdempotencyRecord } from './idempotency.repository.js';
export { SystemRepository } from './system.repository.js';
