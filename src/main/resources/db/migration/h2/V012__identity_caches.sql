-- As V011 for the consolidation: H2 writes an identity's next values to disk, and so stores (and compresses) a
-- chunk, each time it has handed out its cached ones, 32 by default. An import adds a dossier_change row per
-- dossier (one extra chunk per 32 dossiers), a score change an audit_entry row and a first score a review row
-- (one change in 32 paid an extra chunk). A cache of 1,000 makes that rare; after a crash the unused cached values
-- are skipped, which only leaves gaps in the ids (nothing reads them as a count).
-- (jOOQ's code generator does not parse these statements, which change no table's shape.)
-- [jooq ignore start]
ALTER TABLE dossier_change ALTER COLUMN id SET CACHE 1000;
ALTER TABLE audit_entry ALTER COLUMN id SET CACHE 1000;
ALTER TABLE review ALTER COLUMN id SET CACHE 1000;
ALTER TABLE import_run ALTER COLUMN id SET CACHE 1000;
ALTER TABLE national_conflict ALTER COLUMN id SET CACHE 1000;
-- [jooq ignore stop]
