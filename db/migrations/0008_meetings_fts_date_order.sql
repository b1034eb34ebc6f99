-- Schema v8: the meetings' full-text index numbers its rows in the table's date order, so that
-- a common word's first page of meetings, newest first, reads its newest matches and stops.
-- Until now the index's rowid was the meeting's rid: SQLite walked the date index for the page
-- and tested each meeting against the set of every match, which it built in full first (for the
-- one letter 'c', nearly every one of 985,309 meetings: 0.18 s of processor time).
--
-- A meeting's key is its date_key: (date_lo as the number YYYYMMDD, 0 when it has none) * 2^32
-- + rid. Ordered by key, meetings come in the order ORDER BY date_lo, rid gives (date_lo is
-- always 'YYYY-MM-DD', see values/dates.ts; no date sorts first, as NULL does), so FTS5, which
-- reads a word's list in rowid order, hands out the matches of any search newest first, and a
-- key is a seek. The index keeps its external content through the view meetings_by_date, which
-- gives each meeting's key beside its text (an external-content index names a column for its
-- rowid; its rid and id are for the archive check). compileSearch reads the rid back as
-- rowid & 4294967295.
--
-- The triggers give the index the key of the meeting before and after each change, and a new
-- date moves the meeting's words to its new key. The index is filled by migrationSteps.ts in key
-- order: FTS5's 'rebuild' reads the table in rid order, and an index written out of rowid order
-- is written as many small pieces (three to four times slower).

CREATE VIEW meetings_by_date AS
  SELECT (coalesce(CAST(replace(date_lo, '-', '') AS INTEGER), 0) << 32) + rid AS date_key,
         rid, id, venue, city, summary, outcomes, atmosphere
  FROM meetings;

DROP TRIGGER meetings_fts_insert;
DROP TRIGGER meetings_fts_delete;
DROP TRIGGER meetings_fts_update;
DROP TABLE meetings_fts;
CREATE VIRTUAL TABLE meetings_fts USING fts5(
  venue, city, summary, outcomes, atmosphere,
  content='meetings_by_date', content_rowid='date_key',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);

CREATE TRIGGER meetings_fts_insert AFTER INSERT ON meetings BEGIN
  INSERT INTO meetings_fts (rowid, venue, city, summary, outcomes, atmosphere)
    VALUES ((coalesce(CAST(replace(new.date_lo, '-', '') AS INTEGER), 0) << 32) + new.rid,
            new.venue, new.city, new.summary, new.outcomes, new.atmosphere);
END;
CREATE TRIGGER meetings_fts_delete AFTER DELETE ON meetings BEGIN
  INSERT INTO meetings_fts (meetings_fts, rowid, venue, city, summary, outcomes, atmosphere)
    VALUES ('delete', (coalesce(CAST(replace(old.date_lo, '-', '') AS INTEGER), 0) << 32) + old.rid,
            old.venue, old.city, old.summary, old.outcomes, old.atmosphere);
END;
CREATE TRIGGER meetings_fts_update AFTER UPDATE OF date_lo, venue, city, summary, outcomes, atmosphere ON meetings BEGIN
  INSERT INTO meetings_fts (meetings_fts, rowid, venue, city, summary, outcomes, atmosphere)
    VALUES ('delete', (coalesce(CAST(replace(old.date_lo, '-', '') AS INTEGER), 0) << 32) + old.rid,
            old.venue, old.city, old.summary, old.outcomes, old.atmosphere);
  INSERT INTO meetings_fts (rowid, venue, city, summary, outcomes, atmosphere)
    VALUES ((coalesce(CAST(replace(new.date_lo, '-', '') AS INTEGER), 0) << 32) + new.rid,
            new.venue, new.city, new.summary, new.outcomes, new.atmosphere);
END;
