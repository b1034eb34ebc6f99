-- Schema v6: trigram indexes on the folded texts that "contains" filters read most, so that a
-- substring of three letters or more finds its records through an index instead of testing every
-- record's text: a City filter over a million meetings read the whole narrow index on city_fold
-- (about 100 ms a keystroke), and a rare word of a visit's title read every title.
--
-- FTS5's trigram tokenizer indexes every run of three characters. `case_sensitive 1` keeps the
-- text exactly as stored: the *_fold columns are folded already (db/values/fold.ts), and a
-- second folding of FTS5's own would find rows that instr() on the folded text does not. The
-- indexes hold the rows of the trash too (the query says which rows it lists), and the triggers
-- keep them in step with the folded columns, like the *_fts ones. They are created empty: the
-- migration's step (db/migrationSteps.ts) fills them with what 'rebuild' would, saying how far it
-- has gone.

CREATE VIRTUAL TABLE meetings_trigram USING fts5(
  city_fold, venue_fold,
  content='meetings', content_rowid='rid', tokenize='trigram case_sensitive 1', detail='full'
);
CREATE TRIGGER meetings_trigram_insert AFTER INSERT ON meetings BEGIN
  INSERT INTO meetings_trigram (rowid, city_fold, venue_fold) VALUES (new.rid, new.city_fold, new.venue_fold);
END;
CREATE TRIGGER meetings_trigram_delete AFTER DELETE ON meetings BEGIN
  INSERT INTO meetings_trigram (meetings_trigram, rowid, city_fold, venue_fold) VALUES ('delete', old.rid, old.city_fold, old.venue_fold);
END;
CREATE TRIGGER meetings_trigram_update AFTER UPDATE OF city_fold, venue_fold ON meetings BEGIN
  INSERT INTO meetings_trigram (meetings_trigram, rowid, city_fold, venue_fold) VALUES ('delete', old.rid, old.city_fold, old.venue_fold);
  INSERT INTO meetings_trigram (rowid, city_fold, venue_fold) VALUES (new.rid, new.city_fold, new.venue_fold);
END;

CREATE VIRTUAL TABLE visits_trigram USING fts5(
  title_fold, city_fold,
  content='visits', content_rowid='rid', tokenize='trigram case_sensitive 1', detail='full'
);
CREATE TRIGGER visits_trigram_insert AFTER INSERT ON visits BEGIN
  INSERT INTO visits_trigram (rowid, title_fold, city_fold) VALUES (new.rid, new.title_fold, new.city_fold);
END;
CREATE TRIGGER visits_trigram_delete AFTER DELETE ON visits BEGIN
  INSERT INTO visits_trigram (visits_trigram, rowid, title_fold, city_fold) VALUES ('delete', old.rid, old.title_fold, old.city_fold);
END;
CREATE TRIGGER visits_trigram_update AFTER UPDATE OF title_fold, city_fold ON visits BEGIN
  INSERT INTO visits_trigram (visits_trigram, rowid, title_fold, city_fold) VALUES ('delete', old.rid, old.title_fold, old.city_fold);
  INSERT INTO visits_trigram (rowid, title_fold, city_fold) VALUES (new.rid, new.title_fold, new.city_fold);
END;
