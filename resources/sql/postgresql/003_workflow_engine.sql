-- The workflow engine and its scheduler (keep in step with ../sqlite/003_workflow_engine.sql,
-- which explains each change). PostgreSQL drops the old UNIQUE constraint in place; the event
-- triggers are statement-level over transition tables, and do nothing when no active workflow
-- listens for the event.

ALTER TABLE app_user ADD COLUMN time_zone TEXT NOT NULL DEFAULT '' CHECK (length(time_zone) <= 64);

ALTER TABLE workflow ADD COLUMN event_kind TEXT NOT NULL DEFAULT '' CHECK (length(event_kind) <= 40);
CREATE INDEX workflow_event_kind_idx ON workflow (user_id, event_kind);

ALTER TABLE workflow_execution DROP CONSTRAINT workflow_execution_workflow_id_scheduled_for_key;
ALTER TABLE workflow_execution ADD COLUMN trigger_key TEXT CHECK (length(trigger_key) BETWEEN 1 AND 120);
UPDATE workflow_execution SET trigger_key = 'at:' || to_char(scheduled_for AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
ALTER TABLE workflow_execution ALTER COLUMN trigger_key SET NOT NULL;
ALTER TABLE workflow_execution ADD CONSTRAINT workflow_execution_trigger_key UNIQUE (workflow_id, trigger_key);
ALTER TABLE workflow_execution ADD COLUMN runner TEXT NOT NULL DEFAULT '' CHECK (length(runner) <= 300);
ALTER TABLE workflow_execution ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0);
ALTER TABLE workflow_execution ADD COLUMN depth INTEGER NOT NULL DEFAULT 0 CHECK (depth >= 0);
ALTER TABLE workflow_execution ADD COLUMN waiting_task_id TEXT REFERENCES task (id) ON DELETE SET NULL;
ALTER TABLE workflow_execution ADD COLUMN resume_at INTEGER NOT NULL DEFAULT 0 CHECK (resume_at >= 0);
CREATE INDEX workflow_execution_waiting_idx ON workflow_execution (waiting_task_id);

CREATE TABLE execution_change (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    execution_id TEXT NOT NULL REFERENCES workflow_execution (id) ON DELETE CASCADE,
    task_id TEXT NOT NULL CHECK (length(task_id) BETWEEN 1 AND 36),
    change TEXT NOT NULL CHECK (change IN ('created', 'updated')),
    before JSONB
);
CREATE INDEX execution_change_idx ON execution_change (execution_id);

CREATE TABLE workflow_event (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    task_id TEXT,
    consultation_id TEXT,
    from_status TEXT,
    to_status TEXT,
    origin_execution_id TEXT,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE event_origin (
    execution_id TEXT PRIMARY KEY
);

CREATE OR REPLACE FUNCTION task_event_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    wanted TEXT := CASE WHEN TG_OP = 'INSERT' THEN 'task.created' ELSE 'task.status_changed' END;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM workflow WHERE event_kind = wanted AND is_active) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        INSERT INTO workflow_event (user_id, kind, task_id, to_status, origin_execution_id, created_at)
            SELECT n.user_id, wanted, n.id, n.status, (SELECT execution_id FROM event_origin LIMIT 1), clock_timestamp()
            FROM new_rows n
            WHERE EXISTS (SELECT 1 FROM workflow w WHERE w.user_id = n.user_id AND w.event_kind = wanted AND w.is_active);
    ELSE
        INSERT INTO workflow_event (user_id, kind, task_id, from_status, to_status, origin_execution_id, created_at)
            SELECT n.user_id, wanted, n.id, o.status, n.status, (SELECT execution_id FROM event_origin LIMIT 1),
                   clock_timestamp()
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE o.status <> n.status
              AND EXISTS (SELECT 1 FROM workflow w WHERE w.user_id = n.user_id AND w.event_kind = wanted AND w.is_active);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER task_event_insert AFTER INSERT ON task
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_event_apply();
CREATE TRIGGER task_event_update AFTER UPDATE ON task
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION task_event_apply();

CREATE OR REPLACE FUNCTION consultation_event_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    wanted TEXT := CASE WHEN TG_OP = 'INSERT' THEN 'consultation.created' ELSE 'consultation.' || lower(NEW.status) END;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = NEW.status THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM workflow w WHERE w.user_id = NEW.user_id AND w.event_kind = wanted AND w.is_active) THEN
        INSERT INTO workflow_event (user_id, kind, consultation_id, from_status, to_status, origin_execution_id, created_at)
        VALUES (NEW.user_id, wanted, NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status,
                (SELECT execution_id FROM event_origin LIMIT 1), clock_timestamp());
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER consultation_event_insert AFTER INSERT ON consultation
    FOR EACH ROW EXECUTE FUNCTION consultation_event_apply();
CREATE TRIGGER consultation_event_update AFTER UPDATE OF status ON consultation
    FOR EACH ROW EXECUTE FUNCTION consultation_event_apply();
