-- Users, the exercise catalogue (synced from exercises/ at start) and submissions.
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('student', 'instructor', 'admin')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE exercises (
  slug text PRIMARY KEY,
  title jsonb NOT NULL,
  module text NOT NULL CHECK (module IN ('A', 'B', 'C', 'D', 'E')),
  "order" integer NOT NULL,
  difficulty integer NOT NULL,
  meta jsonb NOT NULL,
  -- Hash of the exercise's files: tells an instructor when graded results predate a change.
  content_hash text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE submissions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  exercise_slug text NOT NULL REFERENCES exercises (slug),
  mode text NOT NULL CHECK (mode IN ('run', 'submit')),
  code text NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'passed', 'failed', 'error')),
  seed bigint,
  score double precision,
  max_score double precision,
  result jsonb,
  reference_backend text,
  timings jsonb,
  -- Grading attempts started (a worker that dies mid-grading leaves one behind).
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);

CREATE INDEX submissions_user_exercise_created ON submissions (user_id, exercise_slug, created_at);
