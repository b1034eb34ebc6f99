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
