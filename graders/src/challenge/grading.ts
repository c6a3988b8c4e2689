// Challenge grading (@dl/graders/challenge/grading): training in a sandboxed isolate, then scoring.
export { gradeChallenge, challengeSettings, type GradeChallengeInput, type TrainingProgress } from './grade-challenge';
export { TrainingSession, type TrainingSessionOptions, type CopiedPredictions } from './training-session';
export { challengeDatasetFromEnv, type ChallengeDatasetChoice } from './dataset-choice';
