import { defineChallengeChecks, predictionsValidCheck, publicAccuracyCheck } from '@dl/graders/challenge';

// Judged once, on the predictions of one training in the sandbox: their validity first, then the
// accuracy on the public half against the threshold of exercise.ts. The private half is scored by
// the grader for the leaderboard and never shown before the challenge closes.
export default defineChallengeChecks({
  'predictions-valid': predictionsValidCheck(1),
  'public-accuracy': publicAccuracyCheck(4),
});
