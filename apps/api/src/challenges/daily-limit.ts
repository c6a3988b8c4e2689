import { HttpException, HttpStatus } from '@nestjs/common';
import type pg from 'pg';
import { ChallengesRepository } from './challenges.repository';

/** Start of the current day in UTC, when the daily counts start again. */
export function utcDayStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Next midnight UTC: when the remaining count is reset. */
export function nextUtcMidnight(now: Date): Date {
  return new Date(utcDayStart(now).getTime() + 86_400_000);
}

/** The daily allowance of one student on one challenge. */
export interface DailyAllowance {
  limit: number;
  used: number;
  remaining: number;
  /** ISO time of the next reset (midnight UTC). */
  resetAt: string;
}

/** How many graded submissions the student has left today on this challenge. */
export async function dailyAllowance(db: Pick<pg.Pool, 'query'> | pg.PoolClient, userId: string, exercise: string, limit: number, now = new Date()): Promise<DailyAllowance> {
  const used = await ChallengesRepository.countSince(db, userId, exercise, utcDayStart(now));
  return { limit, used, remaining: Math.max(0, limit - used), resetAt: nextUtcMidnight(now).toISOString() };
}

/**
 * Inside the transaction that inserts a challenge submission: locks the student's count on this
 * challenge (two tabs submitting at once cannot both take the last one) and answers 429 with the
 * remaining count and the reset time when the day's submissions are used up.
 */
export async function takeDailySubmission(client: pg.PoolClient, userId: string, exercise: string, limit: number, now = new Date()): Promise<DailyAllowance> {
  await ChallengesRepository.lockStudentExercise(client, userId, exercise);
  const allowance = await dailyAllowance(client, userId, exercise, limit, now);
  if (allowance.remaining === 0) {
    throw new HttpException(
      {
        message: `Daily limit reached: ${limit} graded submissions per day on ${exercise}; 0 remaining until ${allowance.resetAt} / Limite quotidienne atteinte : ${limit} soumissions notées par jour ; 0 restante jusqu’à ${allowance.resetAt}`,
        details: { limit, remaining: 0, resetAt: allowance.resetAt },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
  return { ...allowance, used: allowance.used + 1, remaining: allowance.remaining - 1 };
}
