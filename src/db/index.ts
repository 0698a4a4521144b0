export { Database, openDatabase, DATABASE_FILE_NAME } from './database.js';
export { migrate } from './migrate.js';
export type * from './tables.js';
