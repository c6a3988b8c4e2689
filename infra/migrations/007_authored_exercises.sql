-- Exercises written in the browser. The draft is the folder being edited (path → text); a
-- published version keeps its folder in exercise_sources, and grading loads it from there.
CREATE TABLE authored_exercises (
  slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  draft jsonb NOT NULL,
  draft_hash text NOT NULL,
  -- The last validation asked for: { status, draftHash, ok, rows, error }.
  validation jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX authored_exercises_course ON authored_exercises (course_id);

CREATE TABLE exercise_sources (
  slug text NOT NULL,
  version integer NOT NULL,
  files jsonb NOT NULL,
  published_by uuid REFERENCES users (id) ON DELETE SET NULL,
  PRIMARY KEY (slug, version),
  FOREIGN KEY (slug, version) REFERENCES exercise_versions (slug, version)
);
