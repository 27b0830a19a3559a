export interface Migration {
  /** Sequential, starting at 1; recorded in PRAGMA user_version. */
  version: number;
  name: string;
  sql: string;
}
