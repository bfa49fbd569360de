-- Each user's preferences (domain/Preferences: the weekly target of hours saved, quiet hours, the
-- notification types that pop up, WIP limits, retention), one row per name, so that they follow the
-- user between computers. Keep in step with ../sqlite/010_user_preferences.sql.
CREATE TABLE user_preference (
    user_id TEXT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    value TEXT NOT NULL CHECK (length(value) <= 10000),
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, name)
);

-- Row-level security as for every table holding a user's rows (009_row_security.sql): the owner
-- does everything, a member only their own rows, an administrator or a scheduler all.
GRANT SELECT, INSERT, UPDATE, DELETE ON user_preference TO doo_member;
ALTER TABLE user_preference ENABLE ROW LEVEL SECURITY;
ALTER TABLE user_preference FORCE ROW LEVEL SECURITY;
CREATE POLICY doo_owner ON user_preference TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY doo_own ON user_preference TO doo_member
    USING (user_id = (SELECT doo_user_id()) OR (SELECT doo_sees_all()))
    WITH CHECK (user_id = (SELECT doo_user_id()) OR (SELECT doo_sees_all()));
