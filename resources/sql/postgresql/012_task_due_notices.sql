-- Which tasks a TASK_DUE notification has been written for: one row per task, so that a task is
-- never announced twice although one notification may name several tasks ("5 tasks due today").
-- The primary key makes "once per task" the database's rule, also for two schedulers at the same
-- moment; deleting the notification keeps the record. Keep in step with
-- ../sqlite/012_task_due_notices.sql.
CREATE TABLE task_due_notice (
    task_id TEXT PRIMARY KEY REFERENCES task (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    notification_id TEXT REFERENCES notification (id) ON DELETE SET NULL,
    notified_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX task_due_notice_user_idx ON task_due_notice (user_id);
CREATE INDEX task_due_notice_notification_idx ON task_due_notice (notification_id);

-- The tasks announced before, one notification each.
INSERT INTO task_due_notice (task_id, user_id, notification_id, notified_at)
SELECT t.id, t.user_id, min(n.id), min(n.created_at)
FROM task t JOIN notification n ON n.task_id = t.id AND n.type = 'TASK_DUE'
GROUP BY t.id, t.user_id;

-- Row-level security as for every table holding a user's rows (009_row_security.sql): the owner
-- does everything, a member only their own rows, an administrator or a scheduler all.
GRANT SELECT, INSERT, UPDATE, DELETE ON task_due_notice TO doo_member;
ALTER TABLE task_due_notice ENABLE ROW LEVEL SECURITY;
ALTER TABLE task_due_notice FORCE ROW LEVEL SECURITY;
CREATE POLICY doo_owner ON task_due_notice TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY doo_own ON task_due_notice TO doo_member
    USING (user_id = (SELECT doo_user_id()) OR (SELECT doo_sees_all()))
    WITH CHECK (user_id = (SELECT doo_user_id()) OR (SELECT doo_sees_all()));
