export { AccountsService, type AccountSession } from './accounts.service.js';
export { AccessTokens } from './access-tokens.js';
export { Authenticator, API_KEY_PREFIX } from './authenticator.js';
export { PasswordHasher, DEFAULT_SCRYPT_COST, type ScryptCost } from './password-hasher.js';
export { Sessions, type Session } from './sessions.js';
