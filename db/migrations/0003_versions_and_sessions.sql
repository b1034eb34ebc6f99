-- Schema v3: every record gets a version, which each write of the record (its columns or the
-- sets that belong to it, undo and redo included) takes from one archive-wide counter, so that
-- it never repeats, not even for a record removed by an undo and brought back by a redo. An
-- editor sends back the version it read, and a save of a record written since is refused.
-- `updated_at` stays a time for people to read: two saves in the same millisecond share it.

CREATE TABLE version_clock (last INTEGER NOT NULL);
INSERT INTO version_clock (last) VALUES (1);

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
