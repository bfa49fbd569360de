-- Changes made elsewhere, pushed to open windows (keep in step with ../sqlite/007_change_notices.sql,
-- which has nothing to create: an SQLite window asks PRAGMA data_version instead).
--
-- After every statement that writes workflows, their runs, consultations or notifications, a
-- NOTIFY on the channel doo_changes whose payload is the table's name. PostgreSQL delivers it when
-- the transaction commits, once per transaction and table, to every connection that LISTENs (the
-- window's ChangeWatcher), and never when the transaction rolls back. No row is locked and nothing
-- is stored: unlike a counter row, writers running at the same time do not wait for each other.

CREATE OR REPLACE FUNCTION doo_change_notice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('doo_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER workflow_change_notice AFTER INSERT OR UPDATE OR DELETE ON workflow
    FOR EACH STATEMENT EXECUTE FUNCTION doo_change_notice();
CREATE TRIGGER workflow_execution_change_notice AFTER INSERT OR UPDATE OR DELETE ON workflow_execution
    FOR EACH STATEMENT EXECUTE FUNCTION doo_change_notice();
CREATE TRIGGER consultation_change_notice AFTER INSERT OR UPDATE OR DELETE ON consultation
    FOR EACH STATEMENT EXECUTE FUNCTION doo_change_notice();
CREATE TRIGGER notification_change_notice AFTER INSERT OR UPDATE OR DELETE ON notification
    FOR EACH STATEMENT EXECUTE FUNCTION doo_change_notice();
