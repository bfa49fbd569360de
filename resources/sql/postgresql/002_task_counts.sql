-- Cards per board column, kept by triggers, so opening a big board does not count 100,000 rows;
-- and the change counter that open boards poll ("changes made elsewhere"), bumped by every write
-- to a task whoever makes it (the program, the data view, a script).
-- Keep in step with ../sqlite/002_task_counts.sql.

CREATE TABLE task_count (
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'COMPLETED', 'CANCELLED')),
    n INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (user_id, status)
);

INSERT INTO task_count (user_id, status, n) SELECT user_id, status, count(*) FROM task GROUP BY user_id, status;

-- Statement-level triggers with transition tables: one change of the counts per statement, so a
-- statement that moves 100,000 tasks does not update one counter row 100,000 times.
CREATE OR REPLACE FUNCTION task_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO task_count (user_id, status, n)
            SELECT user_id, status, count(*) FROM new_rows GROUP BY user_id, status
            ON CONFLICT (user_id, status) DO UPDATE SET n = task_count.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE task_count c SET n = c.n - d.k
            FROM (SELECT user_id, status, count(*) AS k FROM old_rows GROUP BY user_id, status) d
            WHERE c.user_id = d.user_id AND c.status = d.status;
    ELSE -- net changes only: an update that keeps every task in its column writes nothing
        WITH d AS (
            SELECT user_id, status, sum(k) AS k FROM (
                SELECT user_id, status, count(*) AS k FROM new_rows GROUP BY user_id, status
                UNION ALL
                SELECT user_id, status, -count(*) AS k FROM old_rows GROUP BY user_id, status) x
            GROUP BY user_id, status HAVING sum(k) <> 0),
        decreased AS (
            UPDATE task_count c SET n = c.n + d.k FROM d
            WHERE d.k < 0 AND c.user_id = d.user_id AND c.status = d.status)
        INSERT INTO task_count (user_id, status, n)
            SELECT user_id, status, k FROM d WHERE k > 0
            ON CONFLICT (user_id, status) DO UPDATE SET n = task_count.n + excluded.n;
    END IF;
    INSERT INTO app_counter (name, value) VALUES ('task_changes', 1)
        ON CONFLICT (name) DO UPDATE SET value = app_counter.value + 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER task_count_insert AFTER INSERT ON task
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_count_apply();

CREATE TRIGGER task_count_delete AFTER DELETE ON task
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION task_count_apply();

CREATE TRIGGER task_count_update AFTER UPDATE ON task
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_count_apply();
