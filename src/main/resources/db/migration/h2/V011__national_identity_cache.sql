-- H2 writes an identity's next values to disk, and so stores (and compresses) a chunk of the whole file, each time
-- it has handed out its cached ones: 32 by default, one chunk per 32 rows of a consolidation. A larger cache makes
-- that once per 1,000 rows; after a crash the unused cached values are skipped, which only leaves gaps in the ids.
-- (jOOQ's code generator does not parse these statements, which change no table's shape.)
-- [jooq ignore start]
ALTER TABLE national_avis ALTER COLUMN id SET CACHE 1000;
ALTER TABLE national_review ALTER COLUMN id SET CACHE 1000;
-- [jooq ignore stop]
