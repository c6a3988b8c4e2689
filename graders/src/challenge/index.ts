// The MNIST challenges: checks on a finished training, host-side scoring, and the in-sandbox
// training session and grading (@dl/graders/challenge).
export * from './challenge-checks';
export * from './standard-checks';
export * from './scoring';
