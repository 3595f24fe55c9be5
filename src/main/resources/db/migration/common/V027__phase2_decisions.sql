-- Issue 18, phase-2 laureates: PESSII's proposal per phase-2 dossier (keyed by its own DS number, as the phase-2
-- reviews and avis are), its motivation, the cabinet's decision recorded as in phase 1 (who, which day, under which
-- campaign version), and the optional third year, decided later dossier by dossier with its amount (outside the
-- envelope). Changes also go to audit_entry; row_version is checked on save (issue 20).
CREATE TABLE phase2_decision (
    dossier_number      VARCHAR(32)   NOT NULL PRIMARY KEY,
    laureate            BOOLEAN       NOT NULL,
    motivation          TEXT,
    third_year          BOOLEAN,
    third_year_amount   DECIMAL(14, 2),
    campaign_version    INT,
    decided_laureate    BOOLEAN,
    decided_by          VARCHAR(800),
    decided_on          DATE,
    updated_by          VARCHAR(800)  NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version         BIGINT        DEFAULT 1 NOT NULL
);
