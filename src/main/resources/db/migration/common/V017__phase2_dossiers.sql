-- Issue 18: phase 2. The phase of each import run (1: the call's DS procedure, 2: the « dossier additionnel »).
ALTER TABLE import_run ADD COLUMN phase INT DEFAULT 1 NOT NULL;

-- The phase-2 dossiers, keyed by their own DS number (another procedure than phase 1's), with the phase-1 number they
-- give; the link to the phase-1 dossier is checked when read, never stored. Phase-2 instruction (grid, reviews, avis,
-- decisions) will key its tables on this number.
CREATE TABLE phase2_dossier (
    number                    VARCHAR(32)   NOT NULL PRIMARY KEY,
    phase1_number             VARCHAR(32),
    project_name              TEXT,
    siret                     VARCHAR(64),
    animation                 TEXT          NOT NULL,
    action_programme          TEXT          NOT NULL,
    economic_model            TEXT          NOT NULL,
    indicators                TEXT          NOT NULL,
    third_year_justification  TEXT          NOT NULL,
    third_year_requested      BOOLEAN,
    partner_letters           TEXT,
    attestation               BOOLEAN,
    state                     VARCHAR(64),
    email                     VARCHAR(800),
    deposited_at              TIMESTAMP WITH TIME ZONE,
    budget_known              BOOLEAN       DEFAULT FALSE NOT NULL,
    absent_since_import       BIGINT        REFERENCES import_run (id)
);

CREATE INDEX phase2_dossier_phase1 ON phase2_dossier (phase1_number);

-- The lines of the repetition block « Dépenses prévisionnelles », in file order; post and year as DS wrote them.
CREATE TABLE phase2_budget_line (
    dossier_number            VARCHAR(32)   NOT NULL REFERENCES phase2_dossier (number) ON DELETE CASCADE,
    line_order                INT           NOT NULL,
    line_number               INT           NOT NULL,
    post                      TEXT          NOT NULL,
    budget_year               VARCHAR(200)  NOT NULL,
    state_amount              DECIMAL(14, 2),
    other_amount              DECIMAL(14, 2),
    description               TEXT,
    PRIMARY KEY (dossier_number, line_order)
);
