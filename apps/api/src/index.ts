// The NestJS API and the grading worker, as functions the entry points, tests and bench call.
export { startPlatformServices, createDefaultGrader, type PlatformHandle, type PlatformOptions } from './platform';
export { createApiApp } from './create-app';
export { startGradingWorker, type GradingWorkerHandle } from './grading/grading-worker-runner';
export type { Grader } from './grading/grader';
export { GradeJobSchema, GRADE_JOB_TASK, type GradeJob } from './grading/grade-job';
export { DEMO_COURSE_TITLE, DEMO_USERS, demoPassword } from './identity/demo-users';
export { createAccount, type NewAccount } from './identity/accounts';
export { logger } from './logger';
export { SubmissionsRepository, type SubmissionView } from './submissions/submissions.repository';
