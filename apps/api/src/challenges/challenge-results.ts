import type pg from 'pg';
import type { GradingResult } from '@dl/graders';
import { withTransaction } from '../database/transaction';
import { SubmissionsRepository } from '../submissions/submissions.repository';
import { ChallengesRepository } from './challenges.repository';

/**
 * Stores a challenge grading once: the submission's result without the private accuracy (students
 * read their results; the private half stays hidden until the challenge closes), and the full
 * measures in challenge_results, in one transaction. True when this call stored it.
 */
export async function storeChallengeResult(pool: pg.Pool, submissionId: string, result: GradingResult): Promise<boolean> {
  const measures = result.challenge;
  const visible: GradingResult = measures ? { ...result, challenge: { ...measures, privateAccuracy: undefined } } : result;
  if (visible.challenge) delete visible.challenge.privateAccuracy;
  return withTransaction(pool, async (client) => {
    const stored = await SubmissionsRepository.storeResult(client, submissionId, visible);
    if (stored && measures) await ChallengesRepository.insertResult(client, submissionId, result, measures);
    // The challenge queue moved: every waiting submission learns its new position.
    await ChallengesRepository.publishQueuePositions(client);
    return stored;
  });
}
