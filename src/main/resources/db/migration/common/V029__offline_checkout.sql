-- Offline laptops (issue 20): `team checkout` copies what a login may see into an encrypted H2 workspace, `team
-- checkin` sends back what was done offline, once.

-- On the server: one row per checkout; checked_in_at set by the check-in's own transaction, so that a second
-- check-in of the same checkout is refused.
CREATE TABLE team_checkout (
    id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
    login               VARCHAR(128)  NOT NULL,
    checked_out_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    dossiers            INT           NOT NULL,
    checked_in_at       TIMESTAMP WITH TIME ZONE
);

-- On the laptop: where its workspace was checked out from (one row); audit_base is the last audit row copied, so
-- that the rows after it are the ones written offline.
CREATE TABLE checkout_origin (
    id                  INT           NOT NULL PRIMARY KEY,
    checkout_id         VARCHAR(64)   NOT NULL,
    server_address      VARCHAR(2000) NOT NULL,
    login               VARCHAR(128)  NOT NULL,
    checked_out_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_base          BIGINT        NOT NULL,
    checked_in_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT checkout_origin_single CHECK (id = 1)
);

-- On the laptop: each shared unit as checked out (a review by dossier and reviewer, a region avis, a note, an
-- admissibility override): its row_version or timestamp and the SHA-256 of its content, to tell at check-in what
-- changed on each side since.
CREATE TABLE checkout_base (
    kind                VARCHAR(16)   NOT NULL,
    dossier_number      VARCHAR(32)   NOT NULL,
    unit_key            VARCHAR(320)  NOT NULL,
    base_version        VARCHAR(64),
    base_digest         VARCHAR(64)   NOT NULL,
    PRIMARY KEY (kind, dossier_number, unit_key)
);
