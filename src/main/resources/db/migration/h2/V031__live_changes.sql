-- Several people at once (issue 20): the grid before it is frozen and the workspace's settings are versioned like
-- the avis and the decisions (V024), with who changed them last and when, for « X a modifié … à HH:MM ». On
-- PostgreSQL the same script also announces every change to a shared row (LISTEN/NOTIFY); an H2 workspace has one
-- user and nothing to announce.
ALTER TABLE grid ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE grid ADD COLUMN updated_by VARCHAR(800);
ALTER TABLE grid ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE workspace_setting ADD COLUMN updated_by VARCHAR(800);
ALTER TABLE workspace_setting ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
