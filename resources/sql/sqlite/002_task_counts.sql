-- Cards per board column, kept by triggers, so opening a big board does not count 100,000 rows;
-- and the change counter that open boards poll ("changes made elsewhere"), bumped by every write
-- to a task whoever makes it (the program, the data view, a script).
-- Keep in step with ../postgresql/002_task_counts.sql.

CREATE TABLE task_count (
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'COMPLETED', 'CANCELLED')),
    n INTEGER NOT NULL CHECK (n >= 0),
    PRIMARY KEY (user_id, status)
);

INSERT INTO task_count (user_id, status, n) SELECT user_id, status, count(*) FROM task GROUP BY user_id, status;

CREATE TRIGGER task_count_insert AFTER INSERT ON task BEGIN
    INSERT INTO task_count (user_id, status, n) VALUES (new.user_id, new.status, 1)
        ON CONFLICT (user_id, status) DO UPDATE SET n = n + 1;
    INSERT INTO app_counter (name, value) VALUES ('task_changes', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;

CREATE TRIGGER task_count_delete AFTER DELETE ON task BEGIN
    UPDATE task_count SET n = n - 1 WHERE user_id = old.user_id AND status = old.status;
    INSERT INTO app_counter (name, value) VALUES ('task_changes', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;

CREATE TRIGGER task_changed_update AFTER UPDATE ON task BEGIN
    INSERT INTO app_counter (name, value) VALUES ('task_changes', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1;
END;

CREATE TRIGGER task_count_update AFTER UPDATE OF user_id, status ON task
WHEN old.status <> new.status OR old.user_id <> new.user_id BEGIN
    UPDATE task_count SET n = n - 1 WHERE user_id = old.user_id AND status = old.status;
    INSERT INTO task_count (user_id, status, n) VALUES (new.user_id, new.status, 1)
        ON CONFLICT (user_id, status) DO UPDATE SET n = n + 1;
END;
