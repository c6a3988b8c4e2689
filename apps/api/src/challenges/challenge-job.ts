/** graphile-worker task name of a challenge grading: its own workers, so small exercises stay fast. */
export const GRADE_CHALLENGE_TASK = 'grade_challenge';

/** Default number of concurrent challenge gradings per worker process (env CHALLENGE_WORKERS). */
export const DEFAULT_CHALLENGE_WORKERS = 1;

/** Resident memory a challenge worker may reach above the largest isolate limit (MNIST, copies, Node). */
export const CHALLENGE_RSS_HEADROOM_MB = 1_024;
