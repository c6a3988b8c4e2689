-- Grading workers record their graphile-worker ids here every few seconds; a job locked by
-- an id without a recent heartbeat belongs to a dead process and is unlocked for a retry.
CREATE TABLE worker_heartbeats (
  worker_id text PRIMARY KEY,
  pid integer NOT NULL,
  hostname text NOT NULL,
  -- TensorFlow.js backend of the worker's references, reported by /api/health.
  reference_backend text NOT NULL,
  beat_at timestamptz NOT NULL DEFAULT now()
);
