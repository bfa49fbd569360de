-- Cards per board column, kept by triggers, so opening a big board does not count 100,000 rows.
-- Keep in step with ../sqlite/002_task_counts.sql.

CREATE TABLE task_count (
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'COMPLETED', 'CANCELLED')),
    n INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (user_id, status)
);

INSERT INTO task_count (user_id, status, n) SELECT user_id, status, count(*) FROM task GROUP BY user_id, status;

CREATE OR REPLACE FUNCTION task_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE task_count SET n = n - 1 WHERE user_id = OLD.user_id AND status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO task_count (user_id, status, n) VALUES (NEW.user_id, NEW.status, 1)
            ON CONFLICT (user_id, status) DO UPDATE SET n = task_count.n + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER task_count_insert_delete AFTER INSERT OR DELETE ON task
    FOR EACH ROW EXECUTE FUNCTION task_count_change();

CREATE TRIGGER task_count_update AFTER UPDATE OF user_id, status ON task
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.user_id IS DISTINCT FROM NEW.user_id)
    EXECUTE FUNCTION task_count_change();
