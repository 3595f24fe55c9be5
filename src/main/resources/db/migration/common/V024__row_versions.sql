-- Optimistic concurrency on what several people share (issue 20): each save of a shared row checks the version it
-- was read at and increments it; a save over a newer change is refused and shown beside it, never lost.
ALTER TABLE region_avis ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE national_decision ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE workspace_setting ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
