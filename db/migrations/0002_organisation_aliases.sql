-- Schema v2: organisations get other spellings, as people have ("OSCE" / "Organization for
-- Security and Co-operation in Europe", transliterations), so that a merge keeps the merged
-- organisation's name and a search finds an organisation by any of its names.
--
-- `aliases` is a JSON array of text and `aliases_fold` the folded aliases one per line, as on
-- people. FTS5 cannot add a column to an index, so organisations_fts is made again with
-- `aliases` and rebuilt from the table.

ALTER TABLE organisations ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
ALTER TABLE organisations ADD COLUMN aliases_fold TEXT NOT NULL DEFAULT '';

DROP TRIGGER organisations_fts_insert;
DROP TRIGGER organisations_fts_delete;
DROP TRIGGER organisations_fts_update;
DROP TABLE organisations_fts;

CREATE VIRTUAL TABLE organisations_fts USING fts5(
  name, acronym, kind, aliases,
  content='organisations', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER organisations_fts_insert AFTER INSERT ON organisations BEGIN
  INSERT INTO organisations_fts (rowid, name, acronym, kind, aliases) VALUES (new.rid, new.name, new.acronym, new.kind, new.aliases);
END;
CREATE TRIGGER organisations_fts_delete AFTER DELETE ON organisations BEGIN
  INSERT INTO organisations_fts (organisations_fts, rowid, name, acronym, kind, aliases) VALUES ('delete', old.rid, old.name, old.acronym, old.kind, old.aliases);
END;
CREATE TRIGGER organisations_fts_update AFTER UPDATE OF name, acronym, kind, aliases ON organisations BEGIN
  INSERT INTO organisations_fts (organisations_fts, rowid, name, acronym, kind, aliases) VALUES ('delete', old.rid, old.name, old.acronym, old.kind, old.aliases);
  INSERT INTO organisations_fts (rowid, name, acronym, kind, aliases) VALUES (new.rid, new.name, new.acronym, new.kind, new.aliases);
END;

INSERT INTO organisations_fts (organisations_fts) VALUES ('rebuild');
