// The API's response shapes as the web app reads them. They mirror the HTTP contract and
// graders/src/result.ts + outcome.ts; kept local (types only) so the front end does not
// compile the grading library.
import type { Localized } from './i18n';

export type ModuleId = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Session {
  name: string;
  role: 'student' | 'instructor';
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
}

/** Payload of the `progress` server-sent event. */
export interface GradingProgress {
  status: SubmissionStatus;
  done: number;
  total: number;
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
