-- newsflow store, PostgreSQL dialect. Same logical schema as db/migration/sqlite/V1__create_store.sql.
-- Times are timestamptz; every value comes from the record (no now()), so replays give identical rows.

CREATE TABLE articles (
  id                text PRIMARY KEY,
  url               text NOT NULL,
  canonical_url     text NOT NULL,
  title             text,
  byline            text,
  published_at      timestamptz,
  modified_at       timestamptz,
  language          text,
  body              text NOT NULL,
  source            text NOT NULL,
  fetched_at        timestamptz NOT NULL,
  content_hash      text NOT NULL,
  cleaner_version   text NOT NULL,
  extractor_version text NOT NULL,
  enriched_at       timestamptz NOT NULL,
  quote_count       integer NOT NULL
);
CREATE INDEX articles_published_at_idx ON articles (published_at);
CREATE INDEX articles_fetched_at_idx ON articles (fetched_at);
CREATE INDEX articles_content_hash_idx ON articles (content_hash);

CREATE TABLE quotes (
  id                text PRIMARY KEY,
  article_id        text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  text              text NOT NULL,
  kind              text NOT NULL,
  start_offset      integer NOT NULL,
  end_offset        integer NOT NULL,
  speaker_mention   text,
  speaker           text,
  speaker_id        text,
  speaker_role      text,
  cue               text,
  extractor_version text NOT NULL,
  -- the article's published time, or its fetch time when unknown: lets "quotes by time" use one index
  quote_time        timestamptz NOT NULL,
  text_tsv          tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX quotes_article_idx ON quotes (article_id, start_offset);
CREATE INDEX quotes_speaker_time_idx ON quotes (speaker_id, quote_time);
CREATE INDEX quotes_time_idx ON quotes (quote_time);
-- covers the per-speaker recount (speaker_id, speaker, COUNT) done on every write, without table reads
CREATE INDEX quotes_speaker_name_idx ON quotes (speaker_id, speaker);
CREATE INDEX quotes_text_tsv_idx ON quotes USING gin (text_tsv);

CREATE TABLE speakers (
  id             text PRIMARY KEY,
  canonical_name text,
  aliases        text NOT NULL,   -- JSON array of the normalised names seen for this id, sorted
  quote_count    integer NOT NULL -- recomputed from quotes on every write that touches the speaker
);
CREATE INDEX speakers_canonical_name_idx ON speakers (canonical_name);

CREATE TABLE keyphrases (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  phrase     text NOT NULL,
  phrase_key text NOT NULL,       -- lower-cased phrase for lookup
  score      double precision NOT NULL,
  PRIMARY KEY (article_id, phrase)
);
CREATE INDEX keyphrases_phrase_key_idx ON keyphrases (phrase_key);

CREATE TABLE entities (
  article_id    text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  name          text NOT NULL,
  type          text NOT NULL,
  name_key      text NOT NULL,    -- lower-cased name for lookup
  mention_count integer NOT NULL,
  mentions      text NOT NULL,    -- JSON array of {"text","start","end"}
  PRIMARY KEY (article_id, type, name)
);
CREATE INDEX entities_name_key_idx ON entities (name_key, type);

CREATE TABLE categories (
  article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  code       text NOT NULL,
  label      text NOT NULL,
  confidence double precision NOT NULL
);
CREATE INDEX categories_code_idx ON categories (code);
