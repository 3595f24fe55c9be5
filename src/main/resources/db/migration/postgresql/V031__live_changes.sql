-- Several people at once (issue 20): the grid before it is frozen and the workspace's settings are versioned like
-- the avis and the decisions (V024), with who changed them last and when, for « X a modifié … à HH:MM ».
ALTER TABLE grid ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE grid ADD COLUMN updated_by VARCHAR(800);
ALTER TABLE grid ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE workspace_setting ADD COLUMN updated_by VARCHAR(800);
ALTER TABLE workspace_setting ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- Live refresh: every change to a shared row is announced on the channel ptce_change, committed changes only
-- (NOTIFY is delivered at commit), with the payload « table TAB dossier TAB login »: the table, the dossier number
-- when the row has one (a setting: its name; empty for a whole statement) and the database login that made it. The
-- open windows LISTEN and refresh what they show. Never a row's content: what a login may read stays RLS's.
CREATE OR REPLACE FUNCTION ptce_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed JSONB;
    dossier TEXT := '';
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        IF TG_OP = 'DELETE' THEN
            changed := to_jsonb(OLD);
        ELSE
            changed := to_jsonb(NEW);
        END IF;
        dossier := COALESCE(changed ->> 'dossier_number', changed ->> 'name', changed ->> 'id', '');
    END IF;
    PERFORM pg_notify('ptce_change', TG_TABLE_NAME || chr(9) || dossier || chr(9) || session_user);
    RETURN NULL;
END $$;

-- one announcement per row where the row names a dossier; per statement for the imports' bulk writes
CREATE TRIGGER ptce_change AFTER INSERT OR UPDATE OR DELETE ON review
    FOR EACH ROW EXECUTE FUNCTION ptce_notify_change();
CREATE TRIGGER ptce_change AFTER INSERT OR UPDATE OR DELETE ON region_avis
    FOR EACH ROW EXECUTE FUNCTION ptce_notify_change();
CREATE TRIGGER ptce_change AFTER INSERT OR UPDATE OR DELETE ON national_decision
    FOR EACH ROW EXECUTE FUNCTION ptce_notify_change();
CREATE TRIGGER ptce_change AFTER INSERT OR UPDATE OR DELETE ON workspace_setting
    FOR EACH ROW EXECUTE FUNCTION ptce_notify_change();
CREATE TRIGGER ptce_change AFTER INSERT OR UPDATE OR DELETE ON grid
    FOR EACH ROW EXECUTE FUNCTION ptce_notify_change();
CREATE TRIGGER ptce_change AFTER INSERT OR UPDATE OR DELETE ON dossier
    FOR EACH STATEMENT EXECUTE FUNCTION ptce_notify_change();
CREATE TRIGGER ptce_change AFTER INSERT OR UPDATE OR DELETE ON national_file
    FOR EACH STATEMENT EXECUTE FUNCTION ptce_notify_change();
CREATE TRIGGER ptce_change AFTER INSERT OR UPDATE OR DELETE ON national_conflict
    FOR EACH STATEMENT EXECUTE FUNCTION ptce_notify_change();
