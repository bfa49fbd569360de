-- History, approvals and undo of workflow runs (keep in step with ../postgresql/004_workflow_versions.sql):
-- - workflow_version keeps every replaced definition of a workflow: `version` is the workflow's
--   version number that the change replaced, so a workflow at version 5 whose definition changed
--   four times has versions 1..4 here (a switch on/off bumps the version without keeping one);
-- - an execution that was undone (its created tasks deleted, its changed tasks put back, its
--   analytics taken back) records when.

CREATE TABLE workflow_version (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workflow_id TEXT NOT NULL REFERENCES workflow (id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    type TEXT NOT NULL CHECK (type IN ('REPORTING', 'TASK_AUTOMATION', 'NOTIFICATION', 'DATA_SYNC', 'APPROVAL', 'SCHEDULING')),
    trigger_config TEXT NOT NULL CHECK (json_valid(trigger_config) AND json_type(trigger_config) = 'object' AND length(trigger_config) <= 65536),
    actions TEXT NOT NULL CHECK (json_valid(actions) AND json_type(actions) = 'array' AND length(actions) <= 65536),
    estimated_minutes_saved REAL NOT NULL DEFAULT 0 CHECK (estimated_minutes_saved BETWEEN 0 AND 100000),
    is_active INTEGER NOT NULL CHECK (is_active IN (0, 1)),
    saved_at TEXT NOT NULL, -- when the definition was replaced
    UNIQUE (workflow_id, version)
);

ALTER TABLE workflow_execution ADD COLUMN undone_at TEXT;
