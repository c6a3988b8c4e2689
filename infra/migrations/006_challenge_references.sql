-- Accuracy of the TensorFlow.js reference model of each challenge, on the public half of the
-- test set, as measured by `npm run challenges:reference` (shown next to the leaderboard).
CREATE TABLE challenge_references (
  exercise_slug text PRIMARY KEY REFERENCES exercises (slug) ON DELETE CASCADE,
  accuracy double precision NOT NULL CHECK (accuracy >= 0 AND accuracy <= 1),
  backend text NOT NULL,
  training_ms double precision NOT NULL,
  train_images_used integer NOT NULL,
  epochs integer NOT NULL,
  measured_at timestamptz NOT NULL DEFAULT now()
);
