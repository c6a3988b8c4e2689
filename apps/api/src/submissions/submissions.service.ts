import { randomInt } from 'node:crypto';
import { BadRequestException, Inject, Injectable, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../database/database.module';
import { withTransaction } from '../database/transaction';
import { ChallengesRepository } from '../challenges/challenges.repository';
import { GRADE_CHALLENGE_TASK } from '../challenges/challenge-job';
import { takeDailySubmission } from '../challenges/daily-limit';
import { AssignmentGate } from '../assignments/assignment-gate';
import { CatalogueService } from '../exercises/catalogue.service';
import { GRADE_JOB_MAX_ATTEMPTS, GRADE_JOB_TASK } from '../grading/grade-job';
import type { Identity } from '../identity/identity.schema';
import { logger } from '../logger';
import { MAX_CODE_BYTES, type SubmissionRequest } from './submission-request';
import { SubmissionsRepository, type SubmissionView } from './submissions.repository';

/** String.prototype.isWellFormed (Node 20+; missing from the ES2023 typings). */
const isWellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decides whether a submission is accepted, then stores and enqueues it. */
@Injectable()
export class SubmissionsService {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    @Inject(CatalogueService) private readonly catalogue: CatalogueService,
    @Inject(SubmissionsRepository) private readonly submissions: SubmissionsRepository,
    @Inject(AssignmentGate) private readonly assignments: AssignmentGate,
  ) {}

  /**
   * Validates the code and the exercise, then in ONE transaction inserts the submission
   * (queued) and its grading job: either both exist or neither does. A challenge's daily
   * limit is taken in the same transaction.
   */
  async submit(identity: Identity, request: SubmissionRequest): Promise<{ id: string; status: 'queued' }> {
    const sizeBytes = Buffer.byteLength(request.code, 'utf8');
    if (sizeBytes > MAX_CODE_BYTES) {
      throw new PayloadTooLargeException(`Code is larger than 64 KiB (${sizeBytes} bytes)`);
    }
    // A lone surrogate (from a "\ud800" escape) has no UTF-8 form: the code would not survive storage as typed.
    if (!isWellFormed(request.code)) throw new BadRequestException('code is not valid Unicode text (lone surrogate)');
    const exercise = await this.catalogue.find(request.exercise);
    if (!exercise) {
      throw new NotFoundException(`No exercise "${request.exercise.slice(0, 80)}"`);
    }
    const stamp = request.assignment ? await this.assignments.stamp(identity, request.assignment, request.exercise) : undefined;
    // MNIST challenges train models: their own queue and workers, and a limit per student per day.
    const challenge = exercise.meta.challenge;
    // Drawn once here so that a retried grading draws the same inputs.
    const seed = randomInt(0, 2 ** 31 - 1);
    const row = { userId: identity.id, exercise: request.exercise, mode: request.mode, code: request.code, seed, assignmentId: stamp?.assignmentId, isLate: stamp?.isLate };
    const id = challenge
      ? await withTransaction(this.pool, async (client) => {
          await takeDailySubmission(client, identity.id, request.exercise, challenge.dailyLimit);
          return SubmissionsRepository.insertWithJob(client, row, { task: GRADE_CHALLENGE_TASK, maxAttempts: GRADE_JOB_MAX_ATTEMPTS });
        })
      : await SubmissionsRepository.insertWithJob(this.pool, row, { task: GRADE_JOB_TASK, maxAttempts: GRADE_JOB_MAX_ATTEMPTS });
    logger.info({ submissionId: id, exercise: request.exercise, mode: request.mode, userId: identity.id, sizeBytes, assignmentId: stamp?.assignmentId }, 'submission queued');
    return { id, status: 'queued' };
  }

  /**
   * The caller's own submission; 404 for anyone else's, as for one that does not exist. A queued
   * challenge submission also says its position in the challenge queue (1 = next).
   */
  async get(identity: Identity, id: string): Promise<SubmissionView & { queuePosition?: number }> {
    const submission = UUID.test(id) ? await this.submissions.findOwned(id, identity.id) : undefined;
    if (!submission) throw new NotFoundException('Submission not found');
    if (submission.status !== 'queued') return submission;
    if (!(await this.catalogue.find(submission.exercise))?.meta.challenge) return submission;
    const position = await ChallengesRepository.queuePosition(this.pool, submission.id);
    return position === null ? submission : { ...submission, queuePosition: position };
  }
}
