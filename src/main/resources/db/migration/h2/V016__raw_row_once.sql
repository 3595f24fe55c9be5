-- Each text stored once: the raw DS row of a dossier (dossier_text.raw_row) no longer repeats its section texts.
-- A cell holding a section text is stored as a reference to that section's column plus the few edits that rebuild
-- it exactly (HTML escapes, CRLF line breaks); see persistence.dossier.RawRowCodec. The rows written before are rewritten
-- here by the codec itself (persistence.dossier.RawRowMigration, an H2 alias given this migration's connection), in the
-- migration's transaction: the cells read back are unchanged, and so are the fingerprints (dossier.content_hash)
-- re-imports compare. Nothing changes a table's shape. (jOOQ's code generator does not parse these statements.)
-- [jooq ignore start]
CREATE ALIAS IF NOT EXISTS raw_rows_once FOR 'fr.ptce.workbench.persistence.dossier.RawRowMigration.rewriteAll';
CALL raw_rows_once();
DROP ALIAS IF EXISTS raw_rows_once;
-- [jooq ignore stop]
