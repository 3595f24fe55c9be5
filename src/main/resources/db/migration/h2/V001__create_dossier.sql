-- One row per DS dossier; the dossier number is the key everywhere.
CREATE TABLE dossier (
    number              VARCHAR(32)   NOT NULL PRIMARY KEY,
    state               VARCHAR(32),
    archived            BOOLEAN       NOT NULL,
    account_email       VARCHAR(320),
    deposited_at        TIMESTAMP WITH TIME ZONE,
    updated_at          TIMESTAMP WITH TIME ZONE,
    champs_updated_at   TIMESTAMP WITH TIME ZONE,
    instruction_at      TIMESTAMP WITH TIME ZONE,
    processed_at        TIMESTAMP WITH TIME ZONE,
    motivation          CLOB,
    instructors         CLOB,
    instructor_group    VARCHAR(400),
    project_name        VARCHAR(4000),
    region              VARCHAR(400),
    structure_name      VARCHAR(4000),
    structure_address   VARCHAR(4000),
    legal_form          VARCHAR(4000),
    siret               VARCHAR(64),
    raison_sociale      VARCHAR(4000),
    referent_name       VARCHAR(4000),
    referent_function   VARCHAR(4000),
    referent_email      VARCHAR(4000),
    referent_phone      VARCHAR(400),
    s1                  CLOB NOT NULL,
    s2                  CLOB NOT NULL,
    s3                  CLOB NOT NULL,
    s4                  CLOB NOT NULL,
    s5                  CLOB NOT NULL,
    s6                  CLOB NOT NULL,
    s7                  CLOB NOT NULL,
    s8                  CLOB NOT NULL,
    s9                  CLOB NOT NULL,
    s10                 CLOB NOT NULL,
    declared_qpv        BOOLEAN,
    declared_zrr        BOOLEAN,
    communes_known      BOOLEAN       NOT NULL,
    statutes_file       VARCHAR(4000),
    budget_file         VARCHAR(4000),
    attestation         BOOLEAN,
    pessii_admissibility VARCHAR(400),
    pessii_comment      CLOB,
    -- the raw DS row, every header and cell in source order, duplicates included: a JSON array of
    -- [header, value, known] triples, read and written whole with the dossier
    raw_row             CLOB          NOT NULL
);

-- The communes of a dossier's perimeter, in source order.
CREATE TABLE dossier_commune (
    dossier_number      VARCHAR(32)   NOT NULL REFERENCES dossier (number) ON DELETE CASCADE,
    position            INT           NOT NULL,
    insee               VARCHAR(8),
    name                VARCHAR(400),
    exported_value      VARCHAR(4000),
    PRIMARY KEY (dossier_number, position)
);
