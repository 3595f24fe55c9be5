-- Workspace settings (length limits, disagreement threshold) and the user's saved filters of the dossier list,
-- as named text values: one row per setting, never more than a few dozen.
CREATE TABLE workspace_setting (
    name                VARCHAR(200)  NOT NULL PRIMARY KEY,
    setting_value       TEXT          NOT NULL
);
