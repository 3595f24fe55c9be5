-- Issue 21: the re-import's fast path. The digest of the Dossiers-sheet row this dossier was last found equal to
-- (its cells, which columns a spreadsheet program computed, and the sheet's headers, mapping and encoding), kept only
-- while that row, read again, would change nothing; any other write of the dossier clears it.
ALTER TABLE dossier ADD COLUMN row_digest VARCHAR(32);
