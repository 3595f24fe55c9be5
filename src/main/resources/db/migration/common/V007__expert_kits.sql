-- Expert kits: the experts a correspondent sends dossiers to, the assignments with their conflict-of-interest
-- declaration, and the kits exported and returned (formats.md "Out/In: expert kit").

-- An expert (CRESS expert, PTCE compagnon) identified by e-mail, the key of their reviews.
CREATE TABLE expert (
    email               VARCHAR(320)  NOT NULL PRIMARY KEY,
    name                VARCHAR(400)  NOT NULL,
    organisation        VARCHAR(400),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A dossier given to an expert; a declared conflict of interest keeps the dossier out of the expert's kits.
CREATE TABLE expert_assignment (
    dossier_number      VARCHAR(32)   NOT NULL REFERENCES dossier (number),
    expert_email        VARCHAR(320)  NOT NULL REFERENCES expert (email),
    conflict            BOOLEAN       NOT NULL,
    conflict_note       TEXT,
    assigned_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (dossier_number, expert_email)
);

-- A kit sent to an expert: which dossiers, on which grid, until when; returned_at once imported.
CREATE TABLE expert_kit (
    kit_id              VARCHAR(64)   NOT NULL PRIMARY KEY,
    expert_email        VARCHAR(320)  NOT NULL REFERENCES expert (email),
    dossiers            TEXT          NOT NULL,
    grid_id             VARCHAR(100)  NOT NULL,
    grid_version        INT           NOT NULL,
    pseudonymised       BOOLEAN       NOT NULL,
    exported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline            DATE          NOT NULL,
    returned_at         TIMESTAMP WITH TIME ZONE,
    returns             INT           DEFAULT 0 NOT NULL
);

CREATE INDEX expert_kit_expert ON expert_kit (expert_email);

-- A reviewer's comment on a whole block of the grid (block code) or on the dossier (code GENERAL), as written in
-- an expert kit's comment columns.
CREATE TABLE review_block_comment (
    dossier_number      VARCHAR(32)   NOT NULL REFERENCES dossier (number),
    reviewer_email      VARCHAR(320)  NOT NULL,
    block_code          VARCHAR(32)   NOT NULL,
    comment             TEXT          NOT NULL,
    PRIMARY KEY (dossier_number, reviewer_email, block_code)
);
