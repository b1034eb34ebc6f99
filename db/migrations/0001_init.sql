-- Schema v1 of the archive.
--
-- Conventions:
-- * `rid` is the SQLite row id (stable under VACUUM, used by the full-text indexes); `id` is the
--   record's stable text id, used by every reference, so that archives can be merged later.
-- * `<field>_fold` holds the text as the query language compares it (NFKC, lower case), because
--   SQLite's LIKE and NOCASE fold ASCII only. The write path keeps them in step.
-- * `<date>_lo` / `<date>_hi` hold the first and last day covered by a partial date
--   (`2023-09` -> 2023-09-01 .. 2023-09-30), so that partial dates filter and sort as ranges.
-- * `deleted_at` set means the record is in the trash.

CREATE TABLE people (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  honorific TEXT,
  honorific_fold TEXT,
  aliases TEXT NOT NULL DEFAULT '[]', -- JSON array of other spellings
  aliases_fold TEXT NOT NULL DEFAULT '', -- the folded aliases, one per line
  country TEXT,
  notes TEXT,
  notes_fold TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX people_name ON people (name_fold) WHERE deleted_at IS NULL;
CREATE INDEX people_country ON people (country) WHERE deleted_at IS NULL;

CREATE TABLE organisations (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  acronym TEXT,
  acronym_fold TEXT,
  kind TEXT,
  kind_fold TEXT,
  country TEXT,
  parent_id TEXT REFERENCES organisations (id),
  notes TEXT,
  notes_fold TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX organisations_name ON organisations (name_fold) WHERE deleted_at IS NULL;
CREATE INDEX organisations_parent ON organisations (parent_id);
CREATE INDEX organisations_country ON organisations (country) WHERE deleted_at IS NULL;

CREATE TABLE positions (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  person_id TEXT NOT NULL REFERENCES people (id),
  organisation_id TEXT REFERENCES organisations (id),
  title TEXT NOT NULL,
  title_fold TEXT NOT NULL,
  start_date TEXT,
  start_date_lo TEXT,
  start_date_hi TEXT,
  end_date TEXT,
  end_date_lo TEXT,
  end_date_hi TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX positions_person ON positions (person_id, start_date_lo);
CREATE INDEX positions_organisation ON positions (organisation_id);

CREATE TABLE visits (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_fold TEXT NOT NULL,
  traveller_id TEXT REFERENCES people (id),
  city TEXT,
  city_fold TEXT,
  country TEXT,
  start_date TEXT,
  start_date_lo TEXT,
  start_date_hi TEXT,
  end_date TEXT,
  end_date_lo TEXT,
  end_date_hi TEXT,
  purpose TEXT,
  purpose_fold TEXT,
  summary TEXT,
  summary_fold TEXT,
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'completed', 'cancelled')),
  meeting_count INTEGER NOT NULL DEFAULT 0, -- live meetings of the visit, kept by triggers below
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX visits_start ON visits (start_date_lo) WHERE deleted_at IS NULL;
CREATE INDEX visits_end ON visits (end_date_lo) WHERE deleted_at IS NULL;
CREATE INDEX visits_country_start ON visits (country, start_date_lo) WHERE deleted_at IS NULL;
CREATE INDEX visits_status_start ON visits (status, start_date_lo) WHERE deleted_at IS NULL;
CREATE INDEX visits_traveller ON visits (traveller_id, start_date_lo);
CREATE INDEX visits_title ON visits (title_fold) WHERE deleted_at IS NULL;
CREATE INDEX visits_city ON visits (city_fold) WHERE deleted_at IS NULL;

CREATE TABLE meetings (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  visit_id TEXT REFERENCES visits (id),
  date TEXT,
  date_lo TEXT,
  date_hi TEXT,
  city TEXT,
  city_fold TEXT,
  country TEXT,
  venue TEXT,
  venue_fold TEXT,
  format TEXT,
  format_fold TEXT,
  summary TEXT,
  summary_fold TEXT,
  outcomes TEXT,
  outcomes_fold TEXT,
  atmosphere TEXT,
  atmosphere_fold TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX meetings_date ON meetings (date_lo) WHERE deleted_at IS NULL;
CREATE INDEX meetings_visit ON meetings (visit_id, date_lo);
CREATE INDEX meetings_country_date ON meetings (country, date_lo) WHERE deleted_at IS NULL;
CREATE INDEX meetings_city ON meetings (city_fold) WHERE deleted_at IS NULL;

CREATE TABLE meeting_participants (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  person_id TEXT REFERENCES people (id),
  organisation_id TEXT REFERENCES organisations (id),
  title TEXT, -- the title the person held at the time of the meeting
  side TEXT NOT NULL DEFAULT 'counterpart' CHECK (side IN ('counterpart', 'secretariat', 'other')),
  ord INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX meeting_participants_meeting ON meeting_participants (meeting_id, ord);
CREATE INDEX meeting_participants_person ON meeting_participants (person_id);
CREATE INDEX meeting_participants_organisation ON meeting_participants (organisation_id);

CREATE TABLE topics (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  description TEXT,
  description_fold TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX topics_name ON topics (name_fold) WHERE deleted_at IS NULL;

CREATE TABLE meeting_topics (
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  topic_id TEXT NOT NULL REFERENCES topics (id),
  PRIMARY KEY (meeting_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX meeting_topics_topic ON meeting_topics (topic_id);

CREATE TABLE visit_topics (
  visit_id TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
  topic_id TEXT NOT NULL REFERENCES topics (id),
  PRIMARY KEY (visit_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX visit_topics_topic ON visit_topics (topic_id);

CREATE TABLE events (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_fold TEXT NOT NULL,
  start_date TEXT,
  start_date_lo TEXT,
  start_date_hi TEXT,
  end_date TEXT,
  end_date_lo TEXT,
  end_date_hi TEXT,
  city TEXT,
  city_fold TEXT,
  country TEXT,
  organiser_id TEXT REFERENCES organisations (id),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  summary TEXT,
  summary_fold TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX events_start ON events (start_date_lo) WHERE deleted_at IS NULL;
CREATE INDEX events_country_start ON events (country, start_date_lo) WHERE deleted_at IS NULL;
CREATE INDEX events_organiser ON events (organiser_id);

CREATE TABLE sources (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_fold TEXT NOT NULL,
  date TEXT,
  date_lo TEXT,
  date_hi TEXT,
  kind TEXT,
  kind_fold TEXT,
  text TEXT,
  text_fold TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX sources_date ON sources (date_lo) WHERE deleted_at IS NULL;

-- Which records a source supports.
CREATE TABLE source_links (
  source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  PRIMARY KEY (source_id, entity, entity_id)
) WITHOUT ROWID;
CREATE INDEX source_links_entity ON source_links (entity, entity_id);

-- Every write, in order: the history of each record, the undo stack, and later the unit of merging.
-- Rows of one user action share `txn`.
CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  txn INTEGER NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete', 'restore')),
  before TEXT, -- JSON of the record before the change, null for a create
  after TEXT, -- JSON of the record after the change
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0 -- 1 while the change is undone (on the redo stack)
);
CREATE INDEX change_log_entity ON change_log (entity, entity_id, seq);
CREATE INDEX change_log_txn ON change_log (txn);

CREATE TABLE saved_views (
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  table_name TEXT NOT NULL,
  query TEXT NOT NULL, -- JSON in the query language
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL -- JSON
) WITHOUT ROWID;

-- A visit's meeting count, kept in step with its live meetings.
CREATE TRIGGER meetings_count_insert AFTER INSERT ON meetings
WHEN new.visit_id IS NOT NULL AND new.deleted_at IS NULL
BEGIN
  UPDATE visits SET meeting_count = meeting_count + 1 WHERE id = new.visit_id;
END;
CREATE TRIGGER meetings_count_delete AFTER DELETE ON meetings
WHEN old.visit_id IS NOT NULL AND old.deleted_at IS NULL
BEGIN
  UPDATE visits SET meeting_count = meeting_count - 1 WHERE id = old.visit_id;
END;
CREATE TRIGGER meetings_count_update AFTER UPDATE OF visit_id, deleted_at ON meetings
BEGIN
  UPDATE visits SET meeting_count = meeting_count - 1
    WHERE old.visit_id IS NOT NULL AND old.deleted_at IS NULL AND id = old.visit_id;
  UPDATE visits SET meeting_count = meeting_count + 1
    WHERE new.visit_id IS NOT NULL AND new.deleted_at IS NULL AND id = new.visit_id;
END;

-- Full-text search: one FTS5 index per table with text, over the stored (not folded) text, since
-- the tokenizer folds case and diacritics itself. External content (`content=`) keeps one copy of
-- the text; the triggers below keep each index in step with its table. Trashed records stay
-- indexed: queries exclude them by `deleted_at`, and a restore needs no reindexing.
-- people.aliases is indexed as its JSON text: brackets, quotes and commas separate tokens.

CREATE VIRTUAL TABLE visits_fts USING fts5(
  title, city, purpose, summary,
  content='visits', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER visits_fts_insert AFTER INSERT ON visits BEGIN
  INSERT INTO visits_fts (rowid, title, city, purpose, summary) VALUES (new.rid, new.title, new.city, new.purpose, new.summary);
END;
CREATE TRIGGER visits_fts_delete AFTER DELETE ON visits BEGIN
  INSERT INTO visits_fts (visits_fts, rowid, title, city, purpose, summary) VALUES ('delete', old.rid, old.title, old.city, old.purpose, old.summary);
END;
CREATE TRIGGER visits_fts_update AFTER UPDATE OF title, city, purpose, summary ON visits BEGIN
  INSERT INTO visits_fts (visits_fts, rowid, title, city, purpose, summary) VALUES ('delete', old.rid, old.title, old.city, old.purpose, old.summary);
  INSERT INTO visits_fts (rowid, title, city, purpose, summary) VALUES (new.rid, new.title, new.city, new.purpose, new.summary);
END;

CREATE VIRTUAL TABLE meetings_fts USING fts5(
  venue, city, summary, outcomes, atmosphere,
  content='meetings', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER meetings_fts_insert AFTER INSERT ON meetings BEGIN
  INSERT INTO meetings_fts (rowid, venue, city, summary, outcomes, atmosphere) VALUES (new.rid, new.venue, new.city, new.summary, new.outcomes, new.atmosphere);
END;
CREATE TRIGGER meetings_fts_delete AFTER DELETE ON meetings BEGIN
  INSERT INTO meetings_fts (meetings_fts, rowid, venue, city, summary, outcomes, atmosphere) VALUES ('delete', old.rid, old.venue, old.city, old.summary, old.outcomes, old.atmosphere);
END;
CREATE TRIGGER meetings_fts_update AFTER UPDATE OF venue, city, summary, outcomes, atmosphere ON meetings BEGIN
  INSERT INTO meetings_fts (meetings_fts, rowid, venue, city, summary, outcomes, atmosphere) VALUES ('delete', old.rid, old.venue, old.city, old.summary, old.outcomes, old.atmosphere);
  INSERT INTO meetings_fts (rowid, venue, city, summary, outcomes, atmosphere) VALUES (new.rid, new.venue, new.city, new.summary, new.outcomes, new.atmosphere);
END;

CREATE VIRTUAL TABLE people_fts USING fts5(
  name, honorific, aliases,
  content='people', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
  INSERT INTO people_fts (rowid, name, honorific, aliases) VALUES (new.rid, new.name, new.honorific, new.aliases);
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
  INSERT INTO people_fts (people_fts, rowid, name, honorific, aliases) VALUES ('delete', old.rid, old.name, old.honorific, old.aliases);
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF name, honorific, aliases ON people BEGIN
  INSERT INTO people_fts (people_fts, rowid, name, honorific, aliases) VALUES ('delete', old.rid, old.name, old.honorific, old.aliases);
  INSERT INTO people_fts (rowid, name, honorific, aliases) VALUES (new.rid, new.name, new.honorific, new.aliases);
END;

CREATE VIRTUAL TABLE organisations_fts USING fts5(
  name, acronym, kind,
  content='organisations', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER organisations_fts_insert AFTER INSERT ON organisations BEGIN
  INSERT INTO organisations_fts (rowid, name, acronym, kind) VALUES (new.rid, new.name, new.acronym, new.kind);
END;
CREATE TRIGGER organisations_fts_delete AFTER DELETE ON organisations BEGIN
  INSERT INTO organisations_fts (organisations_fts, rowid, name, acronym, kind) VALUES ('delete', old.rid, old.name, old.acronym, old.kind);
END;
CREATE TRIGGER organisations_fts_update AFTER UPDATE OF name, acronym, kind ON organisations BEGIN
  INSERT INTO organisations_fts (organisations_fts, rowid, name, acronym, kind) VALUES ('delete', old.rid, old.name, old.acronym, old.kind);
  INSERT INTO organisations_fts (rowid, name, acronym, kind) VALUES (new.rid, new.name, new.acronym, new.kind);
END;

CREATE VIRTUAL TABLE events_fts USING fts5(
  title, city, summary,
  content='events', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts (rowid, title, city, summary) VALUES (new.rid, new.title, new.city, new.summary);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, city, summary) VALUES ('delete', old.rid, old.title, old.city, old.summary);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF title, city, summary ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, city, summary) VALUES ('delete', old.rid, old.title, old.city, old.summary);
  INSERT INTO events_fts (rowid, title, city, summary) VALUES (new.rid, new.title, new.city, new.summary);
END;

CREATE VIRTUAL TABLE sources_fts USING fts5(
  title, text,
  content='sources', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
  INSERT INTO sources_fts (rowid, title, text) VALUES (new.rid, new.title, new.text);
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
  INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', old.rid, old.title, old.text);
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, text ON sources BEGIN
  INSERT INTO sources_fts (sources_fts, rowid, title, text) VALUES ('delete', old.rid, old.title, old.text);
  INSERT INTO sources_fts (rowid, title, text) VALUES (new.rid, new.title, new.text);
END;

CREATE VIRTUAL TABLE topics_fts USING fts5(
  name, description,
  content='topics', content_rowid='rid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER topics_fts_insert AFTER INSERT ON topics BEGIN
  INSERT INTO topics_fts (rowid, name, description) VALUES (new.rid, new.name, new.description);
END;
CREATE TRIGGER topics_fts_delete AFTER DELETE ON topics BEGIN
  INSERT INTO topics_fts (topics_fts, rowid, name, description) VALUES ('delete', old.rid, old.name, old.description);
END;
CREATE TRIGGER topics_fts_update AFTER UPDATE OF name, description ON topics BEGIN
  INSERT INTO topics_fts (topics_fts, rowid, name, description) VALUES ('delete', old.rid, old.name, old.description);
  INSERT INTO topics_fts (rowid, name, description) VALUES (new.rid, new.name, new.description);
END;

-- The trash: the partial indexes above hold live records only, so listing or counting trashed
-- records would read the whole table without these (small: they hold trashed records only).
CREATE INDEX visits_trash ON visits (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX meetings_trash ON meetings (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX people_trash ON people (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX organisations_trash ON organisations (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX positions_trash ON positions (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX events_trash ON events (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX topics_trash ON topics (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX sources_trash ON sources (deleted_at) WHERE deleted_at IS NOT NULL;
