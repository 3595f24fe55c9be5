-- V016 on H2 rewrites the raw rows older stores kept as JSON (each text stored once, see persistence.dossier.RawRowCodec).
-- A PostgreSQL store has no such rows to rewrite from before this version's codec, and the codec still reads a JSON
-- row as it is: nothing to do here but keep the versions of both engines the same.
SELECT 1;
