-- A drop on the board in one round trip (keep in step with ../sqlite/006_move_function.sql, which
-- has nothing to create: SQLite runs TaskRepository::move's statements in its own process).
--
-- task_move(ids, scope, status, before, after, positions, now) moves the tasks `ids` (in that
-- order, to `positions`) into column `status` between the cards at `before` and `after` (either
-- may be NULL for a column's end, not both), as TaskRepository::move does: under the owner's board
-- lock, only if nothing else of the column lies between the two, bumping version and updated_at,
-- setting completed_at on the way to COMPLETED (kept when already there) and clearing it on the
-- way out, and recording each status change in task_history. `scope` is the user the caller acts
-- for (NULL: an administrator, every user's tasks).
--
-- Returns true when the tasks were moved. False, with nothing written, when the general path has
-- to do it: the neighbours are stale, or a task is unknown, invisible or owned by another user
-- (the general path finds the error).
--
-- Called on its own (autocommit) the call is its own transaction; inside the caller's
-- transaction it joins it. The function is VOLATILE, so under READ COMMITTED each statement in it
-- takes a fresh snapshot: everything after the lock sees every move committed before the lock was
-- granted (which one statement taking the lock and reading could not).
-- Few statements, each planned once per connection (generic plans): planning a statement for every
-- call would cost more than running it.
CREATE OR REPLACE FUNCTION task_move(p_ids TEXT[], p_scope TEXT, p_status TEXT, p_before BIGINT, p_after BIGINT,
                                     p_positions BIGINT[], p_now TIMESTAMPTZ) RETURNS BOOLEAN
LANGUAGE plpgsql VOLATILE SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    v_owner TEXT;
    v_count INTEGER;
    v_ok BOOLEAN;
    v_low BIGINT := COALESCE(p_before, -9223372036854775807 - 1);
    v_high BIGINT := COALESCE(p_after, 9223372036854775807);
BEGIN
    IF cardinality(p_ids) IS NULL OR cardinality(p_ids) <> cardinality(p_positions)
       OR (p_before IS NULL AND p_after IS NULL) THEN
        RETURN false;
    END IF;
    -- The owner's board lock (TaskRepository::lockBoard): serialises writers of one user's board.
    SELECT u.id INTO v_owner FROM app_user u
    WHERE u.id = (SELECT t.user_id FROM task t WHERE t.id = p_ids[1] AND (p_scope IS NULL OR t.user_id = p_scope))
    FOR UPDATE OF u;
    IF v_owner IS NULL THEN
        RETURN false;
    END IF;
    -- From here on, fresh snapshots under the lock. Every task is still there and the owner's, and
    -- nothing else of the column lies between the neighbours (one range read on task_board_idx; at
    -- most three rows: the two neighbours and, when they are stale, one more).
    SELECT (SELECT count(*) FROM task WHERE id = ANY (p_ids) AND user_id = v_owner) = cardinality(p_ids)
           AND (SELECT COALESCE(array_agg(x.position ORDER BY x.position), '{}')
                FROM (SELECT position FROM task
                      WHERE user_id = v_owner AND status = p_status AND id <> ALL (p_ids)
                        AND position >= v_low AND position <= v_high
                      ORDER BY position LIMIT 3) x) = array_remove(ARRAY[p_before, p_after], NULL)
    INTO v_ok;
    IF NOT v_ok THEN
        RETURN false;
    END IF;
    -- The tasks and their status changes in one statement (the history reads the status the tasks leave).
    WITH old AS (
        SELECT t.id, t.status, m.n FROM unnest(p_ids) WITH ORDINALITY AS m(id, n) JOIN task t ON t.id = m.id
    ), moved AS (
        UPDATE task t SET status = p_status, position = m.position, updated_at = p_now,
                          completed_at = CASE WHEN p_status <> 'COMPLETED' THEN NULL
                                              WHEN t.status = 'COMPLETED' AND t.completed_at IS NOT NULL THEN t.completed_at
                                              ELSE p_now END,
                          version = t.version + 1
        FROM unnest(p_ids, p_positions) AS m(id, position)
        WHERE t.id = m.id
        RETURNING t.id
    ), history AS (
        INSERT INTO task_history (id, task_id, from_status, to_status, changed_at)
        SELECT gen_random_uuid()::text, o.id, o.status, p_status, p_now FROM old o
        WHERE o.status <> p_status AND o.id IN (SELECT id FROM moved)
        ORDER BY o.n
    )
    SELECT count(*) INTO v_count FROM moved;
    IF v_count <> cardinality(p_ids) THEN -- cannot happen under the lock; never leave half a move
        RAISE EXCEPTION 'a moved task disappeared during the move' USING ERRCODE = 'serialization_failure';
    END IF;
    RETURN true;
END;
$$;
