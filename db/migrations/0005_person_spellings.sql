-- Schema v5: every spelling of a person in the indexes, so that a search or a "contains" filter
-- finds them whatever script or romanisation was typed ("Сарсенов", "Sarsenov", "Sarsenow").
--
-- `people.spellings_fold` holds the folded name and other spellings and the keys they are found
-- by, one per line (see db/values/spellings.ts); the write path keeps it in step, like the other
-- folded columns. It is filled for existing people by the step of db/migrationSteps.ts, which
-- then rebuilds people_fts: FTS5 cannot add a column to an index, so it is made again with it.
-- Visits and meetings reach their people through their own indexes (traveller, participants),
-- so renaming a person rewrites one row, not every meeting they took part in.
--
-- A person's meetings are read from the participants' index on person_id; holding the meeting
-- too, it answers without reading each participant's row (a Secretary General takes part in a
-- fifth of all meetings), and it serves every lookup the index on person_id alone served.

ALTER TABLE people ADD COLUMN spellings_fold TEXT NOT NULL DEFAULT '';
CREATE INDEX people_spellings ON people (spellings_fold) WHERE deleted_at IS NULL;
DROP INDEX meeting_participants_person;
CREATE INDEX meeting_participants_person_meeting ON meeting_participants (person_id, meeting_id);

DROP TRIGGER people_fts_insert;
DROP TRIGGER people_fts_delete;
DROP TRIGGER people_fts_update;
DROP TABLE people_fts;

CREATE VIRTUAL TABLE people_fts USING fts5(
  name, honorific, aliases, spellings_fold,
  content='people', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
  INSERT INTO people_fts (rowid, name, honorific, aliases, spellings_fold) VALUES (new.rid, new.name, new.honorific, new.aliases, new.spellings_fold);
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
  INSERT INTO people_fts (people_fts, rowid, name, honorific, aliases, spellings_fold) VALUES ('delete', old.rid, old.name, old.honorific, old.aliases, old.spellings_fold);
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF name, honorific, aliases, spellings_fold ON people BEGIN
  INSERT INTO people_fts (people_fts, rowid, name, honorific, aliases, spellings_fold) VALUES ('delete', old.rid, old.name, old.honorific, old.aliases, old.spellings_fold);
  INSERT INTO people_fts (rowid, name, honorific, aliases, spellings_fold) VALUES (new.rid, new.name, new.honorific, new.aliases, new.spellings_fold);
END;
