-- Schema v9: every word of the meetings' full-text index, once, in a full-text index of its own,
-- so that a search's last word typed past the prefix indexes (four letters or more) is asked as
-- the whole words it begins. Asked as a prefix, FTS5 reads the full list of every word it begins
-- and merges them before handing out one match (985,309 meetings: 'meet', 'minis' 75-110 ms for a
-- first page); asked as those words ORed, it streams their lists newest first and stops with the
-- page (2 ms). The list is found by matching the prefix against meetings_words, whose rows are
-- single words: its tokenizer folds the prefix as the meetings' index folds it.
--
-- A word is never taken out: a word no meeting holds any more only adds a list that is empty.
-- New words come in as a meeting is written: its text goes into meetings_words_new, whose words
-- (read through fts5vocab) not yet known are added, and meetings_words_new is emptied again. The
-- words of the meetings there are now are added by migrationSteps.ts (fillSearchWords).

CREATE VIRTUAL TABLE meetings_words USING fts5(
  word, tokenize='unicode61 remove_diacritics 2', detail='none', columnsize=0
);
CREATE VIRTUAL TABLE meetings_words_known USING fts5vocab(meetings_words, row);
CREATE VIRTUAL TABLE meetings_words_new USING fts5(
  text, content='', tokenize='unicode61 remove_diacritics 2', detail='none', columnsize=0
);
CREATE VIRTUAL TABLE meetings_words_new_terms USING fts5vocab(meetings_words_new, row);

CREATE TRIGGER meetings_words_insert AFTER INSERT ON meetings BEGIN
  INSERT INTO meetings_words_new (rowid, text) VALUES (new.rid,
    coalesce(new.venue, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.summary, '')
      || ' ' || coalesce(new.outcomes, '') || ' ' || coalesce(new.atmosphere, ''));
  INSERT INTO meetings_words (word) SELECT term FROM meetings_words_new_terms n
    WHERE NOT EXISTS (SELECT 1 FROM meetings_words_known k WHERE k.term = n.term);
  INSERT INTO meetings_words_new (meetings_words_new) VALUES ('delete-all');
END;
CREATE TRIGGER meetings_words_update AFTER UPDATE OF venue, city, summary, outcomes, atmosphere ON meetings BEGIN
  INSERT INTO meetings_words_new (rowid, text) VALUES (new.rid,
    coalesce(new.venue, '') || ' ' || coalesce(new.city, '') || ' ' || coalesce(new.summary, '')
      || ' ' || coalesce(new.outcomes, '') || ' ' || coalesce(new.atmosphere, ''));
  INSERT INTO meetings_words (word) SELECT term FROM meetings_words_new_terms n
    WHERE NOT EXISTS (SELECT 1 FROM meetings_words_known k WHERE k.term = n.term);
  INSERT INTO meetings_words_new (meetings_words_new) VALUES ('delete-all');
END;
