export interface Migration {
  /** The `PRAGMA user_version` this migration brings the database to. */
  version: number;
  name: string;
  /** SQL run inside the one transaction that applies every pending migration. */
  up: string;
}
