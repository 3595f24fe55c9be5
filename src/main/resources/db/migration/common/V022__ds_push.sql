-- ds push: what was sent to demarches-simplifiees.fr through its API, per procedure, dossier and item (the decision,
-- the private annotation), so that a second push sends nothing again. content is the text sent (the decision and its
-- motivation, or the annotation's text); an annotation whose text changed since is sent again.
CREATE TABLE ds_push (
    procedure_number    INTEGER       NOT NULL,
    dossier_number      VARCHAR(64)   NOT NULL,
    item                VARCHAR(32)   NOT NULL,
    content             TEXT          NOT NULL,
    sent_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (procedure_number, dossier_number, item)
);
