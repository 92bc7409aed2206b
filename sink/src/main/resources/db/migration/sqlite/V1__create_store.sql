-- newsflow store, SQLite dialect. Same logical schema as db/migration/postgresql/V1__create_store.sql.
-- Times are INTEGER epoch milliseconds; every value comes from the record, so replays give identical rows.

CREATE TABLE articles (
  id                TEXT PRIMARY KEY,
  url               TEXT NOT NULL,
  canonical_url     TEXT NOT NULL,
  title             TEXT,
  byline            TEXT,
  published_at      INTEGER,
  modified_at       INTEGER,
  language          TEXT,
  body              TEXT NOT NULL,
  source            TEXT NOT NULL,
  fetched_at        INTEGER NOT NULL,
  content_hash      TEXT NOT NULL,
  cleaner_version   TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  enriched_at       INTEGER NOT NULL,
  quote_count       INTEGER NOT NULL
);
CREATE INDEX articles_published_at_idx ON articles (published_at);
CREATE INDEX articles_fetched_at_idx ON articles (fetched_at);
CREATE INDEX articles_content_hash_idx ON articles (content_hash);

-- seq is an explicit INTEGER PRIMARY KEY because the FTS5 external-content table refers to rows by
-- rowid, and VACUUM may renumber implicit rowids. The logical key is id (UNIQUE, used by ON CONFLICT).
CREATE TABLE quotes (
  seq               INTEGER PRIMARY KEY,
  id                TEXT NOT NULL UNIQUE,
  article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  text              TEXT NOT NULL,
  kind              TEXT NOT NULL,
  start_offset      INTEGER NOT NULL,
  end_offset        INTEGER NOT NULL,
  speaker_mention   TEXT,
  speaker           TEXT,
  speaker_id        TEXT,
  speaker_role      TEXT,
  cue               TEXT,
  extractor_version TEXT NOT NULL,
  quote_time        INTEGER NOT NULL
);
CREATE INDEX quotes_article_idx ON quotes (article_id, start_offset);
CREATE INDEX quotes_speaker_time_idx ON quotes (speaker_id, quote_time);
CREATE INDEX quotes_time_idx ON quotes (quote_time);
-- covers the per-speaker recount (speaker_id, speaker, COUNT) done on every write, without table reads
CREATE INDEX quotes_speaker_name_idx ON quotes (speaker_id, speaker);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, content='quotes', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);

-- Triggers keep the external-content index in step with quotes (insert, delete, upsert-update).
CREATE TRIGGER quotes_fts_after_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER quotes_fts_after_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER quotes_fts_after_update AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.seq, old.text);
  INSERT INTO quotes_fts (rowid, text) VALUES (new.seq, new.text);
END;

CREATE TABLE speakers (
  id             TEXT PRIMARY KEY,
  canonical_name TEXT,
  aliases        TEXT NOT NULL,
  quote_count    INTEGER NOT NULL
);
CREATE INDEX speakers_canonical_name_idx ON speakers (canonical_name);

CREATE TABLE keyphrases (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  phrase     TEXT NOT NULL,
  phrase_key TEXT NOT NULL,
  score      REAL NOT NULL,
  PRIMARY KEY (article_id, phrase)
);
CREATE INDEX keyphrases_phrase_key_idx ON keyphrases (phrase_key);

CREATE TABLE entities (
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  type          TEXT NOT NULL,
  name_key      TEXT NOT NULL,
  mention_count INTEGER NOT NULL,
  mentions      TEXT NOT NULL,
  PRIMARY KEY (article_id, type, name)
);
CREATE INDEX entities_name_key_idx ON entities (name_key, type);

CREATE TABLE categories (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  code       TEXT NOT NULL,
  label      TEXT NOT NULL,
  confidence REAL NOT NULL
);
CREATE INDEX categories_code_idx ON categories (code);
