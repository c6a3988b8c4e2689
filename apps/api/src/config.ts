/** What the API needs from its environment; built once by the entry points. */
export interface ApiConfig {
  databaseUrl: string;
  /** Secret that signs the identity cookie. */
  cookieSecret: string;
  /**
   * Backend of the in-process grading pool when the worker runs beside the API (tests, bench);
   * otherwise the health endpoint asks the workers' heartbeats or the reference library.
   */
  referenceBackend?: () => string | undefined;
  /** Submissions a student may make per minute (env SUBMISSIONS_PER_MINUTE; default 60). */
  submissionsPerMinute?: number;
}

/** Injection token of the ApiConfig value. */
export const API_CONFIG = Symbol('API_CONFIG');
