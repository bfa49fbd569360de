-- doo:foreign-keys-off
-- The workflow engine and its scheduler (keep in step with ../postgresql/003_workflow_engine.sql):
-- - users get a time zone for their schedules ('' = the computer's zone);
-- - a workflow keeps its event kind in a column, so that triggers can tell cheaply whether an
--   event has anyone listening;
-- - an execution is identified by what started it (trigger_key: 'at:<UTC time>', 'event:<id>',
--   'due:<task>:<date>', 'manual:<id>'), unique per workflow: a run can be claimed only once;
--   it records the process running it, the approval it waits on, and its chain depth;
-- - workflow_event is the outbox that task and consultation triggers fill after a change,
--   read by the scheduler once the change is committed;
-- - execution_change keeps what a run did to each task (for undoing a run).
-- The execution table is rebuilt (SQLite cannot drop a UNIQUE constraint); the migrator runs
-- this file with foreign keys off and checks them before committing.

ALTER TABLE app_user ADD COLUMN time_zone TEXT NOT NULL DEFAULT '' CHECK (length(time_zone) <= 64);

ALTER TABLE workflow ADD COLUMN event_kind TEXT NOT NULL DEFAULT '' CHECK (length(event_kind) <= 40);
CREATE INDEX workflow_event_kind_idx ON workflow (user_id, event_kind);

CREATE TABLE workflow_execution_new (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    workflow_id TEXT NOT NULL REFERENCES workflow (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'WAITING', 'SUCCESS', 'FAILED', 'CANCELLED')),
    trigger_key TEXT NOT NULL CHECK (length(trigger_key) BETWEEN 1 AND 120),
    scheduled_for TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    error TEXT CHECK (error IS NULL OR length(error) <= 4000),
    output TEXT CHECK (output IS NULL OR json_valid(output)),
    tasks_created INTEGER NOT NULL DEFAULT 0 CHECK (tasks_created >= 0),
    minutes_saved REAL NOT NULL DEFAULT 0 CHECK (minutes_saved >= 0),
    runner TEXT NOT NULL DEFAULT '' CHECK (length(runner) <= 300),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    depth INTEGER NOT NULL DEFAULT 0 CHECK (depth >= 0),
    waiting_task_id TEXT REFERENCES task (id) ON DELETE SET NULL,
    resume_at INTEGER NOT NULL DEFAULT 0 CHECK (resume_at >= 0),
    UNIQUE (workflow_id, trigger_key)
);
INSERT INTO workflow_execution_new (id, workflow_id, status, trigger_key, scheduled_for, started_at, finished_at, error,
                                    output, tasks_created, minutes_saved)
    SELECT id, workflow_id, status, 'at:' || scheduled_for, scheduled_for, started_at, finished_at, error, output,
           tasks_created, minutes_saved FROM workflow_execution;
DROP TABLE workflow_execution;
ALTER TABLE workflow_execution_new RENAME TO workflow_execution;
CREATE INDEX workflow_execution_status_idx ON workflow_execution (status);
CREATE INDEX workflow_execution_started_idx ON workflow_execution (workflow_id, started_at);
CREATE INDEX workflow_execution_waiting_idx ON workflow_execution (waiting_task_id);

CREATE TABLE execution_change (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    execution_id TEXT NOT NULL REFERENCES workflow_execution (id) ON DELETE CASCADE,
    task_id TEXT NOT NULL CHECK (length(task_id) BETWEEN 1 AND 36),
    change TEXT NOT NULL CHECK (change IN ('created', 'updated')),
    before TEXT CHECK (before IS NULL OR json_valid(before)) -- the task's fields before an update
);
CREATE INDEX execution_change_idx ON execution_change (execution_id);

CREATE TABLE workflow_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    task_id TEXT,
    consultation_id TEXT,
    from_status TEXT,
    to_status TEXT,
    origin_execution_id TEXT, -- the run whose change raised the event, if any
    created_at TEXT NOT NULL
);

-- A row here, inside a run's transaction only, tells the triggers which run is writing.
CREATE TABLE event_origin (
    execution_id TEXT PRIMARY KEY
);

CREATE TRIGGER task_event_insert AFTER INSERT ON task
WHEN EXISTS (SELECT 1 FROM workflow w WHERE w.user_id = new.user_id AND w.event_kind = 'task.created' AND w.is_active = 1)
BEGIN
    INSERT INTO workflow_event (user_id, kind, task_id, to_status, origin_execution_id, created_at)
    VALUES (new.user_id, 'task.created', new.id, new.status, (SELECT execution_id FROM event_origin LIMIT 1),
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER task_event_status AFTER UPDATE OF status ON task
WHEN old.status <> new.status
 AND EXISTS (SELECT 1 FROM workflow w WHERE w.user_id = new.user_id AND w.event_kind = 'task.status_changed' AND w.is_active = 1)
BEGIN
    INSERT INTO workflow_event (user_id, kind, task_id, from_status, to_status, origin_execution_id, created_at)
    VALUES (new.user_id, 'task.status_changed', new.id, old.status, new.status,
            (SELECT execution_id FROM event_origin LIMIT 1), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER consultation_event_insert AFTER INSERT ON consultation
WHEN EXISTS (SELECT 1 FROM workflow w WHERE w.user_id = new.user_id AND w.event_kind = 'consultation.created' AND w.is_active = 1)
BEGIN
    INSERT INTO workflow_event (user_id, kind, consultation_id, to_status, origin_execution_id, created_at)
    VALUES (new.user_id, 'consultation.created', new.id, new.status, (SELECT execution_id FROM event_origin LIMIT 1),
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER consultation_event_status AFTER UPDATE OF status ON consultation
WHEN old.status <> new.status
 AND EXISTS (SELECT 1 FROM workflow w WHERE w.user_id = new.user_id AND w.event_kind = 'consultation.' || lower(new.status)
             AND w.is_active = 1)
BEGIN
    INSERT INTO workflow_event (user_id, kind, consultation_id, from_status, to_status, origin_execution_id, created_at)
    VALUES (new.user_id, 'consultation.' || lower(new.status), new.id, old.status, new.status,
            (SELECT execution_id FROM event_origin LIMIT 1), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
