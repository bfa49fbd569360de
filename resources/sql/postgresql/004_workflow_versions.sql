-- History, approvals and undo of workflow runs (keep in step with ../sqlite/004_workflow_versions.sql,
-- which explains each change).

CREATE TABLE workflow_version (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workflow_id TEXT NOT NULL REFERENCES workflow (id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    type TEXT NOT NULL CHECK (type IN ('REPORTING', 'TASK_AUTOMATION', 'NOTIFICATION', 'DATA_SYNC', 'APPROVAL', 'SCHEDULING')),
    trigger_config JSONB NOT NULL CHECK (jsonb_typeof(trigger_config) = 'object' AND octet_length(trigger_config::text) <= 65536),
    actions JSONB NOT NULL CHECK (jsonb_typeof(actions) = 'array' AND octet_length(actions::text) <= 65536),
    estimated_minutes_saved DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (estimated_minutes_saved BETWEEN 0 AND 100000),
    is_active BOOLEAN NOT NULL,
    saved_at TIMESTAMPTZ NOT NULL,
    UNIQUE (workflow_id, version)
);

ALTER TABLE workflow_execution ADD COLUMN undone_at TIMESTAMPTZ;
