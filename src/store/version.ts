// The store's schema version (PRAGMA user_version). Bump it with any change to schema.sql; a server
// refuses a store whose version it does not know rather than misread it.
export const STORE_VERSION = 1;
