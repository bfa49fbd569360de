-- The whole move of cards on PostgreSQL, in one statement (replaces migration 006's function,
-- which only handled a drop between known neighbours and left the rest to the program). SQLite
-- runs the move's statements in the program's own process (TaskRepository::moveHere), where a
-- statement costs no round trip: ../sqlite/008_whole_move_function.sql creates nothing.
--
-- task_move(ids, scope, status, index, before, after, gap, now) moves the tasks `ids`, in that
-- order, into column `status` so that the first lands at `index` (0-based, counted without the
-- moved tasks; clamped), under the owner's board lock:
--  * `before`/`after`, when either is given, are the positions of the cards the caller saw around
--    the drop; they are used when nothing else of the column lies between them (one range read on
--    task_board_idx), else the column is read along the index down to `index`;
--  * the tasks go evenly between their neighbours; when there is no room, the column is
--    renumbered `gap` apart and the tasks that stay and change position are written too;
--  * moved tasks get version + 1 and updated_at = now, completed_at is set on the way into
--    COMPLETED (kept when already there) and cleared on the way out, and every status change
--    is recorded in task_history.
-- `scope` is the user the caller acts for (NULL: an administrator, every user's tasks).
--
-- Returns the placements the move changed, as read under the lock: one row per moved task in the
-- order of `ids`, then one per task the renumbering shifted (task_id, from_status, from_position,
-- to_status, to_position, problem NULL). Nothing is written and a single row with `problem` set is
-- returned when a task is unknown or not visible ('not_found', task_id says which) or the tasks
-- belong to two users ('two_owners').
--
-- Called on its own (autocommit) the call is its own transaction; inside the caller's
-- transaction it joins it. The function is VOLATILE, so under READ COMMITTED each statement in it
-- takes a fresh snapshot: everything after the lock sees every move committed before the lock
-- was granted. Statements are planned once per connection (generic plans).
DROP FUNCTION IF EXISTS task_move(TEXT[], TEXT, TEXT, BIGINT, BIGINT, BIGINT[], TIMESTAMPTZ);

CREATE OR REPLACE FUNCTION task_move(p_ids TEXT[], p_scope TEXT, p_status TEXT, p_index INTEGER, p_before BIGINT, p_after BIGINT,
                          p_gap BIGINT, p_now TIMESTAMPTZ)
RETURNS TABLE (out_task_id TEXT, out_from_status TEXT, out_from_position BIGINT, out_to_status TEXT,
               out_to_position BIGINT, out_problem TEXT)
LANGUAGE plpgsql VOLATILE SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    v_n INTEGER := COALESCE(cardinality(p_ids), 0);
    v_index INTEGER := GREATEST(COALESCE(p_index, 0), 0);
    v_users TEXT[];
    v_owner TEXT;
    v_known BOOLEAN := false;
    v_near BIGINT[];
    v_before BIGINT;
    v_after BIGINT;
    v_lower BIGINT;
    v_upper BIGINT;
    v_step BIGINT;
    v_positions BIGINT[];
    v_order TEXT[];
    v_old BIGINT[];
    v_shifted TEXT[];
    v_shifted_from BIGINT[];
    v_shifted_to BIGINT[];
    v_count INTEGER;
BEGIN
    IF v_n = 0 THEN
        RETURN;
    END IF;
    -- The owners' board locks (TaskRepository::lockBoard), in a fixed order.
    PERFORM 1 FROM app_user u
    WHERE u.id IN (SELECT t.user_id FROM task t WHERE t.id = ANY (p_ids) AND (p_scope IS NULL OR t.user_id = p_scope))
    ORDER BY u.id FOR UPDATE OF u;
    -- From here on, fresh snapshots under the lock. Every task there and visible, one owner.
    SELECT array_agg(t.user_id ORDER BY m.n) INTO v_users
    FROM unnest(p_ids) WITH ORDINALITY AS m(id, n)
    LEFT JOIN task t ON t.id = m.id AND (p_scope IS NULL OR t.user_id = p_scope);
    FOR i IN 1 .. v_n LOOP
        IF v_users[i] IS NULL THEN
            RETURN QUERY SELECT p_ids[i], NULL::TEXT, NULL::BIGINT, NULL::TEXT, NULL::BIGINT, 'not_found'::TEXT;
            RETURN;
        END IF;
    END LOOP;
    v_owner := v_users[1];
    IF EXISTS (SELECT 1 FROM unnest(v_users) AS u(id) WHERE u.id <> v_owner) THEN
        RETURN QUERY SELECT NULL::TEXT, NULL::TEXT, NULL::BIGINT, NULL::TEXT, NULL::BIGINT, 'two_owners'::TEXT;
        RETURN;
    END IF;

    -- The neighbours the moved block goes between: the caller's, if nothing else of the column
    -- lies between them (at most three rows: the two neighbours and, when stale, one more).
    IF p_before IS NOT NULL OR p_after IS NOT NULL THEN
        SELECT COALESCE(array_agg(x.position ORDER BY x.position), '{}') = array_remove(ARRAY[p_before, p_after], NULL)
        INTO v_known
        FROM (SELECT t.position FROM task t
              WHERE t.user_id = v_owner AND t.status = p_status AND t.id <> ALL (p_ids)
                AND t.position >= COALESCE(p_before, -9223372036854775807 - 1)
                AND t.position <= COALESCE(p_after, 9223372036854775807)
              ORDER BY t.position LIMIT 3) x;
    END IF;
    IF v_known THEN
        v_before := p_before;
        v_after := p_after;
    ELSE -- read along the board index: the cost grows with the drop position, not the column
        SELECT array_agg(x.position ORDER BY x.position) INTO v_near
        FROM (SELECT t.position FROM task t
              WHERE t.user_id = v_owner AND t.status = p_status AND t.id <> ALL (p_ids)
              ORDER BY t.position LIMIT CASE WHEN v_index > 0 THEN 2 ELSE 1 END OFFSET GREATEST(v_index - 1, 0)) x;
        IF v_index > 0 THEN
            v_before := v_near[1];
            v_after := v_near[2];
            IF v_before IS NULL THEN -- past the end: after the last card
                SELECT t.position INTO v_before FROM task t
                WHERE t.user_id = v_owner AND t.status = p_status AND t.id <> ALL (p_ids)
                ORDER BY t.position DESC LIMIT 1;
                v_index := 2147483647; -- clamped below when the column is renumbered
            END IF;
        ELSE
            v_after := v_near[1];
        END IF;
    END IF;

    v_lower := COALESCE(v_before, v_after - (v_n + 1) * p_gap, 0);
    v_upper := COALESCE(v_after, v_lower + (v_n + 1) * p_gap);
    IF v_upper - v_lower > v_n THEN
        v_step := (v_upper - v_lower) / (v_n + 1);
        SELECT array_agg(v_lower + v_step * k ORDER BY k) INTO v_positions FROM generate_series(1, v_n) AS k;
    ELSE
        -- No room: renumber the column `gap` apart with the moved tasks at the index (right after
        -- the `before` neighbour when the caller's neighbours were right).
        SELECT array_agg(t.id ORDER BY t.position, t.id), array_agg(t.position ORDER BY t.position, t.id)
        INTO v_order, v_old
        FROM task t WHERE t.user_id = v_owner AND t.status = p_status AND t.id <> ALL (p_ids);
        IF v_known AND v_before IS NOT NULL THEN
            SELECT count(*) INTO v_index FROM unnest(v_old) AS o(position) WHERE o.position <= v_before;
        END IF;
        v_index := LEAST(v_index, COALESCE(cardinality(v_order), 0));
        SELECT array_agg((v_index + k) * p_gap ORDER BY k) INTO v_positions FROM generate_series(1, v_n) AS k;
        WITH renumbered AS (
            SELECT o.id, o.position AS old_position,
                   (CASE WHEN o.n <= v_index THEN o.n ELSE o.n + v_n END) * p_gap AS new_position, o.n
            FROM unnest(v_order, v_old) WITH ORDINALITY AS o(id, position, n)
        ), shifted AS (
            UPDATE task t SET position = r.new_position
            FROM renumbered r
            WHERE t.id = r.id AND r.new_position <> r.old_position
            RETURNING t.id, r.old_position, r.new_position, r.n
        )
        SELECT array_agg(s.id ORDER BY s.n), array_agg(s.old_position ORDER BY s.n), array_agg(s.new_position ORDER BY s.n)
        INTO v_shifted, v_shifted_from, v_shifted_to
        FROM shifted s;
    END IF;

    -- The tasks and their status changes in one statement (the history reads the status the tasks leave).
    RETURN QUERY
    WITH m AS (
        SELECT x.id, x.position, x.n FROM unnest(p_ids, v_positions) WITH ORDINALITY AS x(id, position, n)
    ), old AS (
        SELECT t.id, t.status, t.position, m.n FROM m JOIN task t ON t.id = m.id
    ), moved AS (
        UPDATE task t SET status = p_status, position = m.position, updated_at = p_now,
                          completed_at = CASE WHEN p_status <> 'COMPLETED' THEN NULL
                                              WHEN t.status = 'COMPLETED' AND t.completed_at IS NOT NULL THEN t.completed_at
                                              ELSE p_now END,
                          version = t.version + 1
        FROM m
        WHERE t.id = m.id
        RETURNING t.id, m.position
    ), history AS (
        INSERT INTO task_history (id, task_id, from_status, to_status, changed_at)
        SELECT gen_random_uuid()::text, o.id, o.status, p_status, p_now FROM old o
        WHERE o.status <> p_status AND o.id IN (SELECT id FROM moved)
        ORDER BY o.n
    )
    SELECT o.id, o.status, o.position, p_status, mv.position, NULL::TEXT
    FROM old o JOIN moved mv ON mv.id = o.id ORDER BY o.n;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    IF v_count <> v_n THEN -- cannot happen under the lock; never leave half a move
        RAISE EXCEPTION 'a moved task disappeared during the move' USING ERRCODE = 'serialization_failure';
    END IF;
    IF v_shifted IS NOT NULL THEN
        RETURN QUERY SELECT x.id, p_status, x.from_position, p_status, x.to_position, NULL::TEXT
                     FROM unnest(v_shifted, v_shifted_from, v_shifted_to) WITH ORDINALITY AS x(id, from_position, to_position, n)
                     ORDER BY x.n;
    END IF;
END;
$$;
