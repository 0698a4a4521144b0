export type { BlobStorage, ByteRange, IncomingBlob } from './blob-storage.js';
export { LocalStorage } from './local-storage.js';
