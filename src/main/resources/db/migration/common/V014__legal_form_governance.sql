-- Issue 15, item 5: the legal form from the evidence, and the democratic governance judgement.

-- The INSEE legal category (level III code and the label DS exported beside it) of the applicant's SIRET
-- establishment, from the Etablissements sheet (xlsx) or the csv's establishment block; empty when unknown.
-- As wide as the other imported texts (V008): a hostile file's cell is stored, never refused by the column.
ALTER TABLE dossier ADD COLUMN legal_category_code VARCHAR(1000000);
ALTER TABLE dossier ADD COLUMN legal_category_label VARCHAR(1000000);

-- The reviewer's judgement of the PTCE's democratic governance (« au sens de l'ESS »): oui, en perspective or
-- non; empty until judged. Stored with the review, audited like the eligibility answers.
ALTER TABLE review ADD COLUMN governance VARCHAR(16);
ALTER TABLE review ADD CONSTRAINT review_governance CHECK (governance IN ('OUI', 'EN_PERSPECTIVE', 'NON'));
