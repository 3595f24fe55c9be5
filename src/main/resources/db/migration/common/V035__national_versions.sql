-- Several people at once (issue 20): the national view's tie-break order (national_setting) and the campaign
-- (campaign_version) are versioned like the avis and the decisions (V024, V031), with who changed them last and
-- when. The campaign's stamp is the sum of its rows' row_version: an edit of the latest version increments that row,
-- a new version (the previous one frozen by a decision) adds a row at 1, so every save changes it.
ALTER TABLE national_setting ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE national_setting ADD COLUMN updated_by VARCHAR(800);
ALTER TABLE national_setting ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE campaign_version ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
