-- Director of One: initial schema (PostgreSQL dialect).
-- Keep in step with ../sqlite/001_initial.sql: same tables, columns, checks and indexes.
-- Timestamps are timestamptz (sessions run in UTC); dates are date; booleans boolean.

CREATE TABLE app_user (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    email TEXT NOT NULL UNIQUE CHECK (length(email) BETWEEN 3 AND 254 AND email = lower(email) AND email LIKE '%_@_%'),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    company TEXT CHECK (company IS NULL OR length(company) <= 200),
    department TEXT CHECK (department IS NULL OR length(department) <= 200),
    role TEXT NOT NULL DEFAULT 'DIRECTOR' CHECK (role IN ('ADMIN', 'DIRECTOR', 'MANAGER', 'USER')),
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    onboarding_completed BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);

CREATE TABLE app_setting (
    key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
    value TEXT NOT NULL CHECK (length(value) <= 10000)
);

CREATE TABLE app_counter (
    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
    value INTEGER NOT NULL CHECK (value >= 0)
);

CREATE TABLE consultation (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    booking_id TEXT NOT NULL UNIQUE CHECK (length(booking_id) BETWEEN 1 AND 32),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    company TEXT CHECK (company IS NULL OR length(company) <= 200),
    department TEXT CHECK (department IS NULL OR length(department) <= 200),
    challenges TEXT NOT NULL DEFAULT '' CHECK (length(challenges) <= 5000),
    status TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SCHEDULED', 'COMPLETED', 'CANCELLED')),
    scheduled_date TIMESTAMPTZ,
    notes TEXT CHECK (notes IS NULL OR length(notes) <= 5000),
    cancellation_reason TEXT CHECK (cancellation_reason IS NULL OR length(cancellation_reason) <= 1000),
    no_show BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    CHECK (status <> 'SCHEDULED' OR scheduled_date IS NOT NULL),
    CHECK (status <> 'CANCELLED' OR cancellation_reason IS NOT NULL)
);
CREATE INDEX consultation_user_status_idx ON consultation (user_id, status, created_at);
CREATE INDEX consultation_scheduled_idx ON consultation (scheduled_date);

CREATE TABLE consultation_history (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    consultation_id TEXT NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    from_status TEXT CHECK (from_status IS NULL OR from_status IN ('PENDING', 'SCHEDULED', 'COMPLETED', 'CANCELLED')),
    to_status TEXT NOT NULL CHECK (to_status IN ('PENDING', 'SCHEDULED', 'COMPLETED', 'CANCELLED')),
    changed_at TIMESTAMPTZ NOT NULL,
    note TEXT CHECK (note IS NULL OR length(note) <= 5000)
);
CREATE INDEX consultation_history_idx ON consultation_history (consultation_id, changed_at);

CREATE TABLE workflow (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    type TEXT NOT NULL CHECK (type IN ('REPORTING', 'TASK_AUTOMATION', 'NOTIFICATION', 'DATA_SYNC', 'APPROVAL', 'SCHEDULING')),
    trigger_config JSONB NOT NULL CHECK (jsonb_typeof(trigger_config) = 'object' AND octet_length(trigger_config::text) <= 65536),
    actions JSONB NOT NULL CHECK (jsonb_typeof(actions) = 'array' AND octet_length(actions::text) <= 65536),
    frequency TEXT NOT NULL DEFAULT '' CHECK (length(frequency) <= 200),
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    estimated_minutes_saved DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (estimated_minutes_saved BETWEEN 0 AND 100000),
    next_run_at TIMESTAMPTZ,
    last_run_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX workflow_user_idx ON workflow (user_id, name);
CREATE INDEX workflow_due_idx ON workflow (is_active, next_run_at);

CREATE TABLE workflow_execution (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    workflow_id TEXT NOT NULL REFERENCES workflow (id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'WAITING', 'SUCCESS', 'FAILED', 'CANCELLED')),
    scheduled_for TIMESTAMPTZ NOT NULL,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    error TEXT CHECK (error IS NULL OR length(error) <= 4000),
    output JSONB,
    tasks_created INTEGER NOT NULL DEFAULT 0 CHECK (tasks_created >= 0),
    minutes_saved DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (minutes_saved >= 0),
    UNIQUE (workflow_id, scheduled_for)
);
CREATE INDEX workflow_execution_status_idx ON workflow_execution (status);
CREATE INDEX workflow_execution_started_idx ON workflow_execution (workflow_id, started_at);

CREATE TABLE task (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    workflow_id TEXT REFERENCES workflow (id) ON DELETE SET NULL,
    execution_id TEXT REFERENCES workflow_execution (id) ON DELETE SET NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    priority TEXT NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    status TEXT NOT NULL DEFAULT 'TODO' CHECK (status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'COMPLETED', 'CANCELLED')),
    position BIGINT NOT NULL,
    due_date TIMESTAMPTZ,
    tags JSONB NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(tags) = 'array'),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    completed_at TIMESTAMPTZ,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX task_board_idx ON task (user_id, status, position);
CREATE INDEX task_due_idx ON task (user_id, due_date);
CREATE INDEX task_workflow_idx ON task (workflow_id);
CREATE INDEX task_execution_idx ON task (execution_id);

CREATE TABLE task_tag (
    task_id TEXT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 50),
    tag_key TEXT NOT NULL CHECK (length(tag_key) BETWEEN 1 AND 200), -- the tag case-folded by the program (Unicode), for matching
    PRIMARY KEY (task_id, tag_key)
);
CREATE INDEX task_tag_key_idx ON task_tag (tag_key, task_id);

CREATE TABLE task_history (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    task_id TEXT NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    from_status TEXT CHECK (from_status IS NULL OR from_status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'COMPLETED', 'CANCELLED')),
    to_status TEXT NOT NULL CHECK (to_status IN ('TODO', 'IN_PROGRESS', 'REVIEW', 'COMPLETED', 'CANCELLED')),
    changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX task_history_task_idx ON task_history (task_id, changed_at);
CREATE INDEX task_history_changed_idx ON task_history (changed_at);

-- Full-text search over title and description: a generated tsvector with a GIN index.
ALTER TABLE task ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || description)) STORED;
CREATE INDEX task_search_idx ON task USING gin (search);

CREATE TABLE analytics (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    date DATE NOT NULL,
    time_saved DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (time_saved >= 0),
    tasks_automated INTEGER NOT NULL DEFAULT 0 CHECK (tasks_automated >= 0),
    efficiency_score DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (efficiency_score BETWEEN 0 AND 100),
    active_workflows INTEGER NOT NULL DEFAULT 0 CHECK (active_workflows >= 0),
    UNIQUE (user_id, date)
);

CREATE TABLE notification (
    id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 36),
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('INFO', 'WARNING', 'ERROR', 'SUCCESS', 'TASK_DUE', 'WORKFLOW_COMPLETE', 'BUDGET_ALERT')),
    title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    message TEXT NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
    task_id TEXT REFERENCES task (id) ON DELETE SET NULL,
    workflow_id TEXT REFERENCES workflow (id) ON DELETE SET NULL,
    consultation_id TEXT REFERENCES consultation (id) ON DELETE SET NULL,
    is_read BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX notification_user_idx ON notification (user_id, is_read, created_at);
CREATE INDEX notification_task_idx ON notification (task_id, type);
