import type { Migration } from './types';

/**
 * Watched folders and the ledger of the files seen in them. The ledger is what makes "new or
 * changed" exact: one row per version of a file (a new size or time starts a new row once the
 * previous one is settled), with its content hash once read whole, what became of it, and the
 * import it produced. A version still being written is one row in status `waiting`, updated in
 * place until it is stable.
 */
export const migration009: Migration = {
  version: 9,
  name: 'watched folders and their file ledger',
  sql: `
CREATE TABLE watch_folders (
  id           INTEGER PRIMARY KEY,
  path         TEXT NOT NULL UNIQUE,
  enabled      INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  -- An import kind the user pinned, or 'detect' for the kind of the saved mapping of the file's layout.
  kind         TEXT NOT NULL DEFAULT 'detect',
  added_at     TEXT NOT NULL,
  last_scan_at TEXT
) STRICT;

CREATE TABLE watch_files (
  id          INTEGER PRIMARY KEY,
  folder_id   INTEGER NOT NULL REFERENCES watch_folders (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  size        INTEGER NOT NULL,
  mtime_ms    REAL NOT NULL,
  hash        TEXT,
  status      TEXT NOT NULL CHECK (status IN ('waiting', 'imported', 'failed', 'skipped-unchanged', 'skipped-no-mapping')),
  -- Why a file waits: 'changing' (size or time moved since the last scan), 'locked', 'incomplete', 'retry'.
  reason      TEXT,
  kind        TEXT,
  import_id   INTEGER REFERENCES import_log (id),
  -- {message, code, file, row, column, value} of the first error, when the file failed.
  error       TEXT CHECK (error IS NULL OR json_valid(error)),
  first_seen_at TEXT NOT NULL,
  -- When this size and time were first seen: stable once a later scan, long enough after, sees the same.
  observed_at REAL NOT NULL,
  settled_at  TEXT
) STRICT;
CREATE INDEX watch_files_by_name ON watch_files (folder_id, name, id);
CREATE INDEX watch_files_by_hash ON watch_files (hash) WHERE hash IS NOT NULL;
`,
};
