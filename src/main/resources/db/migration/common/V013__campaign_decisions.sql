-- The campaign as data (waves, the numbers decisions are counted against), one row per version; a version used by
-- a decision is frozen, a change then stores a new version. The text is CampaignText's « clé : valeur » form.
CREATE TABLE campaign_version (
    version             INT           NOT NULL PRIMARY KEY,
    content             TEXT          NOT NULL,
    saved_by            VARCHAR(800)  NOT NULL,
    saved_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

-- PESSII's proposals (laureate, invited, kept in their columns), an override's written reason per gate, the campaign
-- version they were made under, and the cabinet's decision once recorded (who, which day).
ALTER TABLE national_decision ADD COLUMN laureate_override TEXT;
ALTER TABLE national_decision ADD COLUMN invite_override TEXT;
ALTER TABLE national_decision ADD COLUMN campaign_version INT;
ALTER TABLE national_decision ADD COLUMN decided_laureate BOOLEAN;
ALTER TABLE national_decision ADD COLUMN decided_invited BOOLEAN;
ALTER TABLE national_decision ADD COLUMN decided_by VARCHAR(800);
ALTER TABLE national_decision ADD COLUMN decided_on DATE;

-- The wave an avis workbook gives for the dossier (format 3); null for older workbooks.
ALTER TABLE national_avis ADD COLUMN wave VARCHAR(400);

-- Whether the dossier's kept deposit date (the earliest seen across imports) came from an export made before
-- 6 December 2021, when DS wrote there the last passage into "en construction" rather than the first deposit.
ALTER TABLE dossier ADD COLUMN deposit_from_old_export BOOLEAN DEFAULT FALSE;
