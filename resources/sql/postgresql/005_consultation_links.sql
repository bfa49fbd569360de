-- Consultations and spreadsheet exchange (keep in step with ../sqlite/005_consultation_links.sql):
-- - a task can belong to one consultation (follow-ups, preparation); deleting the consultation
--   keeps the task and drops the link;
-- - imported rows remember where they came from, so that importing the same file again creates
--   no duplicates: 'taskwarrior:<uuid>' for a Taskwarrior task, 'csv:<hash of the row>' for a CSV
--   row without an id or booking id. Unique per user.

ALTER TABLE task ADD COLUMN consultation_id TEXT REFERENCES consultation (id) ON DELETE SET NULL;
CREATE INDEX task_consultation_idx ON task (consultation_id);

ALTER TABLE task ADD COLUMN external_ref TEXT CHECK (external_ref IS NULL OR length(external_ref) BETWEEN 1 AND 200);
CREATE UNIQUE INDEX task_external_ref_idx ON task (user_id, external_ref);

ALTER TABLE consultation ADD COLUMN external_ref TEXT CHECK (external_ref IS NULL OR length(external_ref) BETWEEN 1 AND 200);
CREATE UNIQUE INDEX consultation_external_ref_idx ON consultation (user_id, external_ref);
