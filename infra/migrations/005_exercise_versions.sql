-- Every content of an exercise folder the platform has seen, numbered per exercise; the version
-- a submission was graded against; and regrades, which keep the result they replaced.
CREATE TABLE exercise_versions (
  slug text NOT NULL REFERENCES exercises (slug),
  version integer NOT NULL CHECK (version > 0),
  content_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (slug, version),
  UNIQUE (slug, content_hash)
);

-- Exercises synced before versions existed start at version 1.
INSERT INTO exercise_versions (slug, version, content_hash) SELECT slug, 1, content_hash FROM exercises;

ALTER TABLE submissions ADD COLUMN exercise_version integer;
UPDATE submissions s SET exercise_version = 1 FROM exercises e WHERE e.slug = s.exercise_slug;

-- One instructor's request to regrade an exercise: the submissions it covered and the version they move to.
CREATE TABLE regrade_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  exercise_slug text NOT NULL REFERENCES exercises (slug),
  to_version integer NOT NULL,
  requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
  submission_count integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX regrade_runs_exercise ON regrade_runs (exercise_slug, created_at DESC);

-- One regraded submission: its result before and after, and the checks whose outcome flipped.
CREATE TABLE regrades (
  run_id uuid NOT NULL REFERENCES regrade_runs (id) ON DELETE CASCADE,
  submission_id uuid NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  from_version integer,
  to_version integer NOT NULL,
  old_status text NOT NULL,
  old_score double precision,
  old_result jsonb,
  new_status text NOT NULL,
  new_score double precision,
  changed_checks jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (run_id, submission_id)
);
