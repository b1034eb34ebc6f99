-- Schema v3: every record gets a version, a counter the archive raises on each write of the
-- record (its columns or the sets that belong to it), undo and redo included. An editor sends
-- back the version it read, and a save of a record changed since is refused. `updated_at` stays
-- a time for people to read: two saves in the same millisecond share it, so it cannot tell
-- them apart.

ALTER TABLE visits ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE people ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE organisations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE positions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE topics ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sources ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Each change remembers the session (one window of the app) that made it, so that a window's
-- undo takes back its own latest change and never another window's or another user's. Changes
-- made outside a window (the command line) have none.
ALTER TABLE change_log ADD COLUMN session TEXT;
CREATE INDEX change_log_session ON change_log (session, undone, txn);
