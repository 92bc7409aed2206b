-- Serving (the sink's HTTP API): speaker lookup by lower-cased name and listing by count, quotes newest first.
-- Same logical change as db/migration/sqlite/V2__serving_indexes.sql. name_key is written by the store (Java
-- lower-casing, same as keyphrases/entities); the back-fill covers rows written before this migration.
ALTER TABLE speakers ADD COLUMN name_key text;
UPDATE speakers SET name_key = lower(canonical_name);
-- text_pattern_ops: serves both equality and LIKE 'prefix%' whatever the database collation
CREATE INDEX speakers_name_key_idx ON speakers (name_key text_pattern_ops);
CREATE INDEX speakers_quote_count_idx ON speakers (quote_count DESC, id);

-- quotes are listed by (quote_time DESC, id DESC) with keyset pagination; these indexes give that order without
-- a sort, for all quotes and for one speaker's quotes
CREATE INDEX quotes_time_id_idx ON quotes (quote_time, id);
DROP INDEX quotes_time_idx;
CREATE INDEX quotes_speaker_time_id_idx ON quotes (speaker_id, quote_time, id);
DROP INDEX quotes_speaker_time_idx;

-- the topic filter also matches category labels, case-insensitively
CREATE INDEX categories_label_lower_idx ON categories (lower(label));
