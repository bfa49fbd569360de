-- Each user's preferences (domain/Preferences: the weekly target of hours saved, quiet hours, the
-- notification types that pop up, WIP limits, retention), one row per name, so that they follow the
-- user between computers. Keep in step with ../postgresql/010_user_preferences.sql.
CREATE TABLE user_preference (
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    value TEXT NOT NULL CHECK (length(value) <= 10000),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, name)
);
