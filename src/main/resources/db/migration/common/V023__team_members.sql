-- A team workspace on a PostgreSQL server (issue 20): one row per database login, written by `team user add`, read
-- by the row-level security policies that `team init` installs and by the workbench as the login's identity (its
-- reviews, avis and audit rows). Stays empty in an H2 workspace, whose one user is workspace_user.
CREATE TABLE team_member (
    login               VARCHAR(128)  NOT NULL PRIMARY KEY,
    name                VARCHAR(400)  NOT NULL,
    email               VARCHAR(320)  NOT NULL,
    role                VARCHAR(32)   NOT NULL,
    region              VARCHAR(400),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The database login that made each audited change: the team member's own login on PostgreSQL, whatever identity
-- the workbench signs with; SA in an H2 workspace.
ALTER TABLE audit_entry ADD COLUMN db_login VARCHAR(128) DEFAULT CURRENT_USER;
