-- Schema v4: prefix indexes on every full-text index, so that the first letters of a word find
-- their records as fast as the whole word does. A search is typed letter by letter and each
-- letter is a prefix query: without an index of prefixes FTS5 reads the list of every word that
-- starts with 'c' (1.5 s on a million meetings) before it can answer.
--
-- FTS5 takes its options only when a table is made: each index is made again, with the same
-- columns and tokenizer, and rebuilt from its table. The triggers that keep it in step stay as
-- they are (they name the index, which keeps its name).

DROP TABLE visits_fts;
CREATE VIRTUAL TABLE visits_fts USING fts5(
  title, city, purpose, summary,
  content='visits', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
INSERT INTO visits_fts (visits_fts) VALUES ('rebuild');

DROP TABLE meetings_fts;
CREATE VIRTUAL TABLE meetings_fts USING fts5(
  venue, city, summary, outcomes, atmosphere,
  content='meetings', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
INSERT INTO meetings_fts (meetings_fts) VALUES ('rebuild');

DROP TABLE people_fts;
CREATE VIRTUAL TABLE people_fts USING fts5(
  name, honorific, aliases,
  content='people', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
INSERT INTO people_fts (people_fts) VALUES ('rebuild');

DROP TABLE organisations_fts;
CREATE VIRTUAL TABLE organisations_fts USING fts5(
  name, acronym, kind, aliases,
  content='organisations', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
INSERT INTO organisations_fts (organisations_fts) VALUES ('rebuild');

DROP TABLE events_fts;
CREATE VIRTUAL TABLE events_fts USING fts5(
  title, city, summary,
  content='events', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
INSERT INTO events_fts (events_fts) VALUES ('rebuild');

DROP TABLE sources_fts;
CREATE VIRTUAL TABLE sources_fts USING fts5(
  title, text,
  content='sources', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');

DROP TABLE topics_fts;
CREATE VIRTUAL TABLE topics_fts USING fts5(
  name, description,
  content='topics', content_rowid='rid', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
INSERT INTO topics_fts (topics_fts) VALUES ('rebuild');
