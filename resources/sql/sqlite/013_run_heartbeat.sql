-- Workflow runs survive a crash (keep in step with ../postgresql/013_run_heartbeat.sql):
-- - heartbeat_at: the process running a RUNNING execution renews it now and then; a run on
--   another computer counts as dead only when its heartbeat is old (not by host name alone);
-- - rerun: a timed or due-task run closed as interrupted had committed nothing, so its due time
--   runs again once. 0 = not to run again, 1 = to run again (the next pass claims it),
--   2 = run again (the new run's trigger key is 'rerun:' || the old one, so it can be claimed
--   once and is never run a third time), 3 = not run again (workflow off, or too late to catch up).
ALTER TABLE workflow_execution ADD COLUMN heartbeat_at TEXT;
ALTER TABLE workflow_execution ADD COLUMN rerun INTEGER NOT NULL DEFAULT 0 CHECK (rerun BETWEEN 0 AND 3);
UPDATE workflow_execution SET heartbeat_at = started_at WHERE status = 'RUNNING';
CREATE INDEX workflow_execution_rerun_idx ON workflow_execution (rerun) WHERE rerun = 1;
