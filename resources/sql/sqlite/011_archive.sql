-- Archive of old workflow runs and histories (keep in step with ../postgresql/011_archive.sql).
-- Housekeeping (repositories/HousekeepingRepository) moves finished runs, their task changes and
-- task/consultation history rows older than the user's archive_after_days here, in small batches,
-- so that the working tables stay small. The figures (dashboard, analytics, workflow statistics)
-- read the working and the archive tables together, so archiving changes none of them. Archived
-- runs no longer show in the run lists and can no longer be undone.
CREATE TABLE workflow_execution_archive (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    workflow_id TEXT NOT NULL REFERENCES workflow (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('SUCCESS', 'FAILED', 'CANCELLED')),
    trigger_key TEXT NOT NULL,
    scheduled_for TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    error TEXT,
    output TEXT,
    tasks_created INTEGER NOT NULL DEFAULT 0,
    minutes_saved REAL NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    depth INTEGER NOT NULL DEFAULT 0,
    undone_at TEXT,
    archived_at TEXT NOT NULL
);
CREATE INDEX workflow_execution_archive_started_idx ON workflow_execution_archive (workflow_id, started_at);

CREATE TABLE execution_change_archive (
    id INTEGER PRIMARY KEY, -- the id it had in execution_change
    execution_id TEXT NOT NULL REFERENCES workflow_execution_archive (id) ON DELETE CASCADE,
    task_id TEXT NOT NULL,
    change TEXT NOT NULL,
    before TEXT
);
CREATE INDEX execution_change_archive_idx ON execution_change_archive (execution_id);

CREATE TABLE task_history_archive (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    task_id TEXT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    from_status TEXT,
    to_status TEXT NOT NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX task_history_archive_task_idx ON task_history_archive (task_id, changed_at);

CREATE TABLE consultation_history_archive (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    consultation_id TEXT NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    from_status TEXT,
    to_status TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    note TEXT
);
CREATE INDEX consultation_history_archive_idx ON consultation_history_archive (consultation_id, changed_at);

-- Finding what is old enough: finished runs by their end, read notifications by their age.
CREATE INDEX workflow_execution_finished_idx ON workflow_execution (finished_at);
CREATE INDEX consultation_history_changed_idx ON consultation_history (changed_at);
