-- MNIST challenges: one row per graded challenge submission, for the leaderboard. The private
-- accuracy lives only here (never in the submission's stored result) until the challenge closes.
CREATE TABLE challenge_results (
  submission_id uuid PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  exercise_slug text NOT NULL REFERENCES exercises (slug),
  -- Null when the predictions were not valid or training did not finish.
  public_accuracy double precision CHECK (public_accuracy BETWEEN 0 AND 1),
  private_accuracy double precision CHECK (private_accuracy BETWEEN 0 AND 1),
  training_ms double precision NOT NULL,
  cpu_ms double precision NOT NULL,
  passed boolean NOT NULL,
  -- The submission's time: ties on the leaderboard go to the earlier one.
  submitted_at timestamptz NOT NULL,
  graded_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX challenge_results_leaderboard ON challenge_results (exercise_slug, user_id, public_accuracy DESC, submitted_at);

-- Per-day counting of graded challenge submissions: submissions of one student on one exercise
-- since midnight UTC that did not end in a platform error (those cost no attempt).
CREATE INDEX submissions_daily_count ON submissions (user_id, exercise_slug, created_at) WHERE status <> 'error';
