-- The bulky content of a dossier (its ten section texts and its raw DS row) moves to a table of its own, stored
-- as inline character strings instead of CLOBs:
-- - the dossier row stays a few hundred bytes, so the updates an import makes to it (admissibility, SIRET,
--   communes known, absence) and the dossier list never read or rewrite the texts;
-- - H2 no longer creates one LOB per text (55,000 for 5,000 dossiers), the main cost of an import;
-- - dossier.content_hash fingerprints what the dossier's row brought (DossierFingerprint), so that a re-import of an
--   unchanged dossier compares two hashes instead of loading and decoding its texts; null until next saved.
CREATE TABLE dossier_text (
    dossier_number      VARCHAR(32)   NOT NULL PRIMARY KEY REFERENCES dossier (number) ON DELETE CASCADE,
    s1                  VARCHAR       NOT NULL,
    s2                  VARCHAR       NOT NULL,
    s3                  VARCHAR       NOT NULL,
    s4                  VARCHAR       NOT NULL,
    s5                  VARCHAR       NOT NULL,
    s6                  VARCHAR       NOT NULL,
    s7                  VARCHAR       NOT NULL,
    s8                  VARCHAR       NOT NULL,
    s9                  VARCHAR       NOT NULL,
    s10                 VARCHAR       NOT NULL,
    raw_row             VARCHAR       NOT NULL
);

INSERT INTO dossier_text (dossier_number, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, raw_row)
    SELECT number, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, raw_row FROM dossier;

ALTER TABLE dossier DROP COLUMN s1;
ALTER TABLE dossier DROP COLUMN s2;
ALTER TABLE dossier DROP COLUMN s3;
ALTER TABLE dossier DROP COLUMN s4;
ALTER TABLE dossier DROP COLUMN s5;
ALTER TABLE dossier DROP COLUMN s6;
ALTER TABLE dossier DROP COLUMN s7;
ALTER TABLE dossier DROP COLUMN s8;
ALTER TABLE dossier DROP COLUMN s9;
ALTER TABLE dossier DROP COLUMN s10;
ALTER TABLE dossier DROP COLUMN raw_row;

ALTER TABLE dossier ADD COLUMN content_hash VARCHAR(64);
