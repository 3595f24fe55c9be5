-- PostgreSQL's version of h2/V003__avis_mapping_admissibility.sql: the same tables, TEXT where H2 has CLOB (PostgreSQL has no CLOB type).
-- The admissibility computed at import, so that the dossier list shows it without loading texts.
ALTER TABLE dossier ADD COLUMN admissibility VARCHAR(16);

-- DS expert opinions (the export's Avis sheet), replaced whole at each xlsx import.
CREATE TABLE ds_avis (
    dossier_number      VARCHAR(32)   NOT NULL REFERENCES dossier (number) ON DELETE CASCADE,
    position            INT           NOT NULL,
    introduction        TEXT,
    answer              TEXT,
    question            TEXT,
    answer_yes_no       BOOLEAN,
    created_at          TIMESTAMP WITH TIME ZONE,
    answered_at         TIMESTAMP WITH TIME ZONE,
    claimant            VARCHAR(400),
    expert              VARCHAR(400),
    PRIMARY KEY (dossier_number, position)
);

-- The user's mapping of renamed export headers to champs, remembered per DS procedure.
CREATE TABLE column_mapping (
    procedure_path      VARCHAR(400)  NOT NULL,
    header              VARCHAR(4000) NOT NULL,
    champ               VARCHAR(64)   NOT NULL,
    PRIMARY KEY (procedure_path, header)
);
