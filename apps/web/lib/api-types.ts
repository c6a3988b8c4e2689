// The API's response shapes as the web app reads them. They mirror the HTTP contract and
// graders/src/result.ts + outcome.ts; kept local (types only) so the front end does not
// compile the grading library.
import type { Localized } from './i18n';

export type ModuleId = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Session {
  id: string;
  name: string;
  email: string | null;
  isAdmin: boolean;
  /** instructor: may create courses, teaches one, or is an admin. */
  role: 'student' | 'instructor';
  courses: { id: string; title: string; role: 'student' | 'instructor' }[];
}

export interface ExerciseProgress {
  bestScore: number;
  maxScore: number;
  passed: boolean;
}

export interface ExerciseSummary {
  slug: string;
  title: Localized;
  module: ModuleId;
  order: number;
  difficulty: number;
  tags: string[];
  exports: string[];
  /** Present with an identity cookie; null when never attempted. */
  progress?: ExerciseProgress | null;
}

export interface CheckInfo {
  id: string;
  title: Localized;
  visible: boolean;
  points: number;
}

export interface ExerciseDetail extends ExerciseSummary {
  statement: Localized;
  starter: string;
  checks: CheckInfo[];
  limits: { cpuMs: number; memoryMb: number };
}

export interface WorstElement {
  index: number[];
  got: number;
  expected: number;
  error: number;
  allowed: number;
}

export interface GradientRow {
  parameter: string;
  index: number[];
  analytic: number;
  numeric: number;
  reference?: number;
  passed: boolean;
}

/** One series of a plot: (x, y) points, drawn as a line or as points. */
export interface PlotSeries {
  name: string;
  points: [number, number][];
  /** Default: lines for 'line' plots, points otherwise. */
  style?: 'line' | 'points';
}

/** Mirrors PlotSchema in graders/src/outcome.ts. */
export interface Plot {
  kind: 'line' | 'scatter' | 'heatmap' | 'image';
  title: Localized;
  series: PlotSeries[];
  /** Heatmaps: rows of values, row 0 at the top. */
  grid?: number[][];
  /** Heatmaps: data coordinates covered by the grid, for the series drawn over it. */
  extent?: { xMin: number; xMax: number; yMin: number; yMax: number };
  /** Images: H×W×3 RGB in 0..255. */
  image?: number[][][];
  xLabel?: string;
  yLabel?: string;
}

export interface OutcomeDetails {
  input?: Record<string, unknown>;
  expected?: unknown;
  got?: unknown;
  worst?: WorstElement;
  gradientTable?: GradientRow[];
  plots?: Plot[];
}

export interface CheckResult {
  id: string;
  title: Localized;
  visible: boolean;
  points: number;
  earned: number;
  passed: boolean;
  code: string;
  message: Localized;
  details?: OutcomeDetails;
  durationMs: number;
}

export type FailureReason =
  | 'syntax' | 'import' | 'missing-export' | 'top-level-threw' | 'time-limit'
  | 'memory-limit' | 'crash' | 'too-large' | 'invalid-encoding';

export interface GradingFailure {
  reason: FailureReason;
  message: Localized;
  line?: number;
  column?: number;
}

export interface GradingResult {
  exercise: string;
  mode: 'run' | 'submit';
  status: 'passed' | 'failed' | 'error';
  score: number;
  maxScore: number;
  seed: number;
  checks: CheckResult[];
  failure?: GradingFailure;
  error?: string;
  timings: { transpileMs: number; setupMs: number; checksMs: number; totalMs: number; cpuMs: number };
  referenceBackend: string;
  logs?: string[];
  /** MNIST challenges only: what the training measured (the private accuracy is never sent before closing). */
  challenge?: ChallengeMeasures;
}

/** Mirrors ChallengeMeasuresSchema in graders/src/result.ts, as students read it. */
export interface ChallengeMeasures {
  /** Accuracy on the public half of the test set; null when the predictions were not valid. */
  publicAccuracy: number | null;
  trainingMs: number;
  cpuMs: number;
  budgetMs: number;
  trainCount: number;
  testCount: number;
}

export type SubmissionStatus = 'queued' | 'running' | 'passed' | 'failed' | 'error';

export interface Submission {
  id: string;
  exercise: string;
  mode: 'run' | 'submit';
  status: SubmissionStatus;
  code: string;
  createdAt: string;
  finishedAt: string | null;
  result: GradingResult | null;
  /** Challenges only, while queued: position in the challenge queue (1 = next). */
  queuePosition?: number;
}

/** Payload of the `progress` server-sent event. */
export interface GradingProgress {
  status: SubmissionStatus;
  done: number;
  total: number;
}

/** A challenge `progress` event: one `report(epoch, loss)` call, with the CPU time used so far. */
export interface TrainingProgress {
  type: 'training';
  epoch: number;
  loss: number;
  cpuMs: number;
  budgetMs: number;
}

/** A challenge `progress` event: the submission's new position in the challenge queue (1 = next). */
export interface QueueProgress {
  type: 'queue';
  position: number;
}

/** The `progress` events only challenge gradings send (they carry a `type`, the others do not). */
export type ChallengeProgress = TrainingProgress | QueueProgress;

/** A student's graded submissions today on one challenge. */
export interface DailyAllowance {
  limit: number;
  used: number;
  remaining: number;
  /** ISO time of the next reset (midnight UTC). */
  resetAt: string;
}

/** One challenge as GET /api/challenges lists it. */
export interface ChallengeSummary {
  slug: string;
  title: Localized;
  /** 'mlp' or 'cnn'. */
  modelKind: string;
  /** Public-half accuracy needed to pass, in [0, 1]. */
  threshold: number;
  budget: { cpuMs: number; memoryMb: number };
  closesAt: string;
  closed: boolean;
  /** Accuracy of the TensorFlow.js reference model; null until measured. */
  referenceAccuracy: number | null;
  /** The caller's submissions today; null without an identity. */
  daily: DailyAllowance | null;
}

export interface LeaderboardEntry {
  rank: number;
  studentName: string;
  publicAccuracy: number;
  /** Null until the challenge closes. */
  privateAccuracy: number | null;
  modelKind: string;
  trainingMs: number;
  submittedAt: string;
}

/** GET /api/challenges/:slug/leaderboard. */
export interface Leaderboard {
  slug: string;
  closed: boolean;
  closesAt: string;
  threshold: number;
  entries: LeaderboardEntry[];
  /** The best public accuracy so far, each time it improved. */
  history: Array<{ at: string; bestPublicAccuracy: number }>;
}

/** Every API error body. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
}

/** True once a submission has its one final result. */
export function isFinished(status: SubmissionStatus): boolean {
  return status === 'passed' || status === 'failed' || status === 'error';
}
