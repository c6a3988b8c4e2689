// Grading worker processes under a supervisor: where isolates run, outside the API's process.
export { createGradingPool, type GradingPool, type GradingPoolOptions, type GradingPoolStats, type GradingTask, type TrainingEvent } from './supervisor';
export { GradeTaskMessageSchema, WorkerMessageSchema, type GradeTaskMessage, type WorkerMessage } from './messages';
export { readRssMb } from './rss';
