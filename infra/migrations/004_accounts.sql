-- Real accounts (email + argon2 password), server-side sessions, courses with their members,
-- invitations and password-reset links, assignments, and the assignment a submission counts for.

-- Two people may share a name; the email is the sign-in key (unique whatever its case).
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_name_key;
ALTER TABLE users
  ADD COLUMN email text,
  ADD COLUMN password_hash text,
  ADD COLUMN is_admin boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX users_email_lower ON users (lower(email));

-- The cookie holds a random 256-bit token; only its SHA-256 is stored here, so a copy of the
-- table opens no session.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked boolean NOT NULL DEFAULT false
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE courses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE course_members (
  course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('student', 'instructor')),
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (course_id, user_id)
);
CREATE INDEX course_members_user ON course_members (user_id);

-- A sign-up link to a course (kind 'signup') or a one-time password-reset link for one user
-- (kind 'password_reset'). Only the token's SHA-256 is stored.
CREATE TABLE invitations (
  token_hash text PRIMARY KEY,
  kind text NOT NULL DEFAULT 'signup' CHECK (kind IN ('signup', 'password_reset')),
  course_id uuid REFERENCES courses (id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  role text CHECK (role IN ('student', 'instructor')),
  email text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CHECK ((kind = 'signup' AND course_id IS NOT NULL AND role IS NOT NULL) OR (kind = 'password_reset' AND user_id IS NOT NULL))
);

CREATE TABLE assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  title text NOT NULL,
  opens_at timestamptz NOT NULL,
  due_at timestamptz NOT NULL,
  late_penalty_percent double precision NOT NULL DEFAULT 0 CHECK (late_penalty_percent BETWEEN 0 AND 100),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (due_at >= opens_at)
);
CREATE INDEX assignments_course ON assignments (course_id);

CREATE TABLE assignment_exercises (
  assignment_id uuid NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  exercise_slug text NOT NULL REFERENCES exercises (slug),
  weight double precision NOT NULL DEFAULT 1 CHECK (weight > 0),
  PRIMARY KEY (assignment_id, exercise_slug)
);

ALTER TABLE submissions
  ADD COLUMN assignment_id uuid REFERENCES assignments (id) ON DELETE SET NULL,
  ADD COLUMN is_late boolean NOT NULL DEFAULT false;
CREATE INDEX submissions_assignment ON submissions (assignment_id, user_id) WHERE assignment_id IS NOT NULL;
