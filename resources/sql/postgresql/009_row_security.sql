-- Who sees what on a team's PostgreSQL database, decided by the server (keep in step with
-- ../sqlite/009_row_security.sql, which has nothing to create: an SQLite file has one user).
--
-- Run by the database owner (`db migrate`). Every person signs in with their own login, linked to
-- their app user by app_user.login; the app's logins are neither owner nor superuser and get their
-- rights from three group roles (cluster-wide, created here when missing; creating them needs
-- CREATEROLE once):
--   doo_member     reads, adds, changes and deletes only the rows of its own app user;
--   doo_admin      (a doo_member) sees and changes every row, and alone changes users and roles,
--                  when its login is linked to an active ADMIN of this database;
--   doo_scheduler  (a doo_member) reads and writes every member's workflows, runs, tasks,
--                  consultations, analytics and notifications, which running their workflows
--                  needs; it reads users but changes none.
-- Every table of the program has row-level security ENABLEd and FORCEd (the owner too is
-- subject to it, through a policy of its own that lets it do everything); superusers bypass it.
-- The policies compare with doo_user_id() once per statement ((SELECT f()) is an init plan),
-- so a policy costs no query per row.

-- Group roles belong to the whole server: another database's migration may be creating them at
-- this very moment (it then commits first and this one meets its row), so "exists already" in
-- any form means done.
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['doo_member', 'doo_admin', 'doo_scheduler'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = g) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', g);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    FOREACH g IN ARRAY ARRAY['doo_admin', 'doo_scheduler'] LOOP
        IF NOT pg_catalog.pg_has_role(g, 'doo_member', 'MEMBER') THEN
            BEGIN
                EXECUTE format('GRANT doo_member TO %I', g);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
END
$$;

-- The login a person signs in with (NULL: a user without a login, e.g. the owner's local profile).
ALTER TABLE app_user ADD COLUMN login TEXT UNIQUE CHECK (login IS NULL OR length(login) BETWEEN 1 AND 63);

-- The app user of a login: an active user linked to it. The login defaults to the caller's
-- current_user (a default is evaluated where the function is called); asking for another login
-- answers only for one the session may act as. SECURITY DEFINER: it reads app_user past the
-- policies, which themselves call it.
CREATE OR REPLACE FUNCTION doo_user_id(p_login TEXT DEFAULT current_user) RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT u.id FROM app_user u
    WHERE u.login = p_login AND u.is_active AND pg_has_role(session_user, p_login, 'MEMBER')
$$;

-- An administrator: a doo_admin login linked to an active ADMIN of this database (the group is
-- cluster-wide; the link keeps an ADMIN of another team's database from being one here).
CREATE OR REPLACE FUNCTION doo_is_admin(p_login TEXT DEFAULT current_user) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM app_user u
                   WHERE u.login = p_login AND u.is_active AND u.role = 'ADMIN'
                     AND pg_has_role(session_user, p_login, 'MEMBER') AND pg_has_role(p_login, 'doo_admin', 'MEMBER'))
$$;

-- Sees and changes every member's data: an administrator or a scheduler login.
CREATE OR REPLACE FUNCTION doo_sees_all(p_login TEXT DEFAULT current_user) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER AS $$
    SELECT pg_has_role(session_user, p_login, 'MEMBER')
           AND (pg_has_role(p_login, 'doo_scheduler', 'MEMBER') OR doo_is_admin(p_login))
$$;

-- The owner of the program's tables (or a superuser).
CREATE OR REPLACE FUNCTION doo_is_owner() RETURNS BOOLEAN
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = 'app_user'::regclass), 'MEMBER')
$$;

-- Nobody but an administrator or the owner changes a user's identity, role, login or activity,
-- also not through plain SQL on their own connection (the policies let a member change their
-- own name and profile).
CREATE OR REPLACE FUNCTION app_user_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.id, NEW.role, NEW.is_active, NEW.login) IS DISTINCT FROM (OLD.id, OLD.role, OLD.is_active, OLD.login)
       AND NOT doo_is_admin() AND NOT doo_is_owner() THEN
        RAISE EXCEPTION 'only an administrator can change a role, a login or whether a user is active'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER app_user_guard BEFORE UPDATE ON app_user FOR EACH ROW EXECUTE FUNCTION app_user_guard();

-- The team commands' changes of logins (`team add-user`, `set-role`, `disable`). They run with
-- the caller's rights: the owner, or an ADMIN's login given CREATEROLE. Names go through format's
-- %I; the password is a bound value and appears in no statement text, so it reaches neither an
-- error message nor the server's log.
CREATE OR REPLACE FUNCTION doo_create_login(p_login TEXT, p_password TEXT, p_group TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_group NOT IN ('doo_member', 'doo_admin', 'doo_scheduler') THEN
        RAISE EXCEPTION 'unknown group role %', p_group USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'the login % exists already', p_login USING ERRCODE = 'duplicate_object';
    END IF;
    BEGIN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_password, p_group);
    EXCEPTION WHEN OTHERS THEN -- raised again without the statement, which holds the password
        RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = SQLERRM;
    END;
END;
$$;

CREATE OR REPLACE FUNCTION doo_set_group(p_login TEXT, p_group TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_group NOT IN ('doo_member', 'doo_admin') THEN
        RAISE EXCEPTION 'unknown group role %', p_group USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_group = 'doo_admin' THEN
        EXECUTE format('GRANT doo_admin TO %I', p_login);
    ELSE
        EXECUTE format('GRANT doo_member TO %I', p_login);
        IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
                   WHERE g.rolname = 'doo_admin' AND r.rolname = p_login) THEN
            EXECUTE format('REVOKE doo_admin FROM %I', p_login);
        END IF;
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION doo_disable_login(p_login TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
END;
$$;

-- Fixed search paths: a login cannot put its own objects in front of the program's.
DO $$
DECLARE
    f TEXT;
BEGIN
    FOREACH f IN ARRAY ARRAY['doo_user_id(text)', 'doo_is_admin(text)', 'doo_sees_all(text)', 'doo_is_owner()',
                             'app_user_guard()', 'task_count_apply()', 'task_event_apply()',
                             'consultation_event_apply()', 'doo_change_notice()',
                             'task_move(text[], text, text, integer, bigint, bigint, bigint, timestamptz)',
                             'doo_create_login(text, text, text)', 'doo_set_group(text, text)',
                             'doo_disable_login(text)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, current_schema());
    END LOOP;
END
$$;

-- Rights: nothing for PUBLIC, what each group needs for the rest.
REVOKE ALL ON app_user, app_setting, app_counter, schema_version, consultation, consultation_history, workflow,
    workflow_version, workflow_execution, execution_change, workflow_event, event_origin, task, task_tag,
    task_history, analytics, notification, task_count FROM PUBLIC;
REVOKE ALL ON FUNCTION doo_user_id(TEXT), doo_is_admin(TEXT), doo_sees_all(TEXT), doo_is_owner(), app_user_guard(),
    task_count_apply(), task_event_apply(), consultation_event_apply(), doo_change_notice(),
    task_move(TEXT[], TEXT, TEXT, INTEGER, BIGINT, BIGINT, BIGINT, TIMESTAMPTZ), doo_create_login(TEXT, TEXT, TEXT),
    doo_set_group(TEXT, TEXT), doo_disable_login(TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION doo_user_id(TEXT), doo_is_admin(TEXT), doo_sees_all(TEXT), doo_is_owner(),
    task_move(TEXT[], TEXT, TEXT, INTEGER, BIGINT, BIGINT, BIGINT, TIMESTAMPTZ) TO doo_member;
GRANT EXECUTE ON FUNCTION doo_create_login(TEXT, TEXT, TEXT), doo_set_group(TEXT, TEXT), doo_disable_login(TEXT) TO doo_admin;

GRANT SELECT, INSERT, UPDATE, DELETE ON consultation, consultation_history, workflow, workflow_version,
    workflow_execution, execution_change, workflow_event, event_origin, task, task_tag, task_history, analytics,
    notification, task_count TO doo_member;
GRANT USAGE ON SEQUENCE execution_change_id_seq, workflow_event_id_seq, workflow_version_id_seq TO doo_member;
GRANT SELECT, UPDATE ON app_user TO doo_member;
GRANT SELECT ON app_setting, schema_version TO doo_member;
GRANT SELECT, INSERT, UPDATE ON app_counter TO doo_member;
GRANT INSERT, DELETE ON app_user TO doo_admin;
GRANT INSERT, UPDATE, DELETE ON app_setting TO doo_admin;

-- Policies. Every table: the owner (the login running this migration) may do everything.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['app_user', 'app_setting', 'app_counter', 'consultation', 'consultation_history',
                             'workflow', 'workflow_version', 'workflow_execution', 'execution_change',
                             'workflow_event', 'event_origin', 'task', 'task_tag', 'task_history', 'analytics',
                             'notification', 'task_count'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY doo_owner ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
    END LOOP;
    -- Rows with an owner: the member's own, or all for an administrator or a scheduler.
    FOREACH t IN ARRAY ARRAY['consultation', 'workflow', 'workflow_event', 'task', 'analytics', 'notification',
                             'task_count'] LOOP
        EXECUTE format('CREATE POLICY doo_own ON %I TO doo_member '
                       'USING (user_id = (SELECT doo_user_id()) OR (SELECT doo_sees_all())) '
                       'WITH CHECK (user_id = (SELECT doo_user_id()) OR (SELECT doo_sees_all()))', t);
    END LOOP;
END
$$;

-- Rows that belong to a parent: visible and writable when the parent is (its own policy decides).
CREATE POLICY doo_own ON task_tag TO doo_member
    USING (EXISTS (SELECT 1 FROM task p WHERE p.id = task_tag.task_id))
    WITH CHECK (EXISTS (SELECT 1 FROM task p WHERE p.id = task_tag.task_id));
CREATE POLICY doo_own ON task_history TO doo_member
    USING (EXISTS (SELECT 1 FROM task p WHERE p.id = task_history.task_id))
    WITH CHECK (EXISTS (SELECT 1 FROM task p WHERE p.id = task_history.task_id));
CREATE POLICY doo_own ON consultation_history TO doo_member
    USING (EXISTS (SELECT 1 FROM consultation p WHERE p.id = consultation_history.consultation_id))
    WITH CHECK (EXISTS (SELECT 1 FROM consultation p WHERE p.id = consultation_history.consultation_id));
CREATE POLICY doo_own ON workflow_version TO doo_member
    USING (EXISTS (SELECT 1 FROM workflow p WHERE p.id = workflow_version.workflow_id))
    WITH CHECK (EXISTS (SELECT 1 FROM workflow p WHERE p.id = workflow_version.workflow_id));
CREATE POLICY doo_own ON workflow_execution TO doo_member
    USING (EXISTS (SELECT 1 FROM workflow p WHERE p.id = workflow_execution.workflow_id))
    WITH CHECK (EXISTS (SELECT 1 FROM workflow p WHERE p.id = workflow_execution.workflow_id));
CREATE POLICY doo_own ON execution_change TO doo_member
    USING (EXISTS (SELECT 1 FROM workflow_execution p WHERE p.id = execution_change.execution_id))
    WITH CHECK (EXISTS (SELECT 1 FROM workflow_execution p WHERE p.id = execution_change.execution_id));
CREATE POLICY doo_own ON event_origin TO doo_member
    USING (EXISTS (SELECT 1 FROM workflow_execution p WHERE p.id = event_origin.execution_id))
    WITH CHECK (EXISTS (SELECT 1 FROM workflow_execution p WHERE p.id = event_origin.execution_id));

-- Users: a member reads and changes their own row (app_user_guard keeps role, login and activity
-- to administrators); administrators and schedulers read all; administrators add, change, delete.
-- A scheduler may lock any user's row (the board lock, SELECT ... FOR UPDATE, checks only USING)
-- but its changes fail the check.
CREATE POLICY doo_read ON app_user FOR SELECT TO doo_member
    USING (id = (SELECT doo_user_id()) OR (SELECT doo_sees_all()));
CREATE POLICY doo_change ON app_user FOR UPDATE TO doo_member
    USING (id = (SELECT doo_user_id()) OR (SELECT doo_sees_all()))
    WITH CHECK (id = (SELECT doo_user_id()) OR (SELECT doo_is_admin()));
CREATE POLICY doo_add ON app_user FOR INSERT TO doo_member WITH CHECK ((SELECT doo_is_admin()));
CREATE POLICY doo_remove ON app_user FOR DELETE TO doo_member USING ((SELECT doo_is_admin()));

-- Settings: everyone reads, administrators write. The shared counters (task changes, booking
-- numbers) hold nobody's rows and are bumped by every member's writes (the triggers run with the
-- writer's rights): read and written by all, never deleted.
CREATE POLICY doo_read ON app_setting FOR SELECT TO doo_member USING (true);
CREATE POLICY doo_write ON app_setting TO doo_member USING ((SELECT doo_is_admin())) WITH CHECK ((SELECT doo_is_admin()));
CREATE POLICY doo_shared ON app_counter TO doo_member USING (true) WITH CHECK (true);

-- Nobody but the owner creates objects in the program's schema.
DO $$
BEGIN
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
END
$$;
