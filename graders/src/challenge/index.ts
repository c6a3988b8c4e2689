// The MNIST challenges' checks and host-side scoring (@dl/graders/challenge): light enough for
// exercises' checks.ts. The in-sandbox training and grading are in @dl/graders/challenge/grading.
export * from './challenge-checks';
export * from './standard-checks';
export * from './scoring';
