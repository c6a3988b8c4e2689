import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { RequestWithIdentity } from '../identity/identity.service';

/** Name of the throttler that limits submissions per student. */
export const SUBMISSION_THROTTLER = 'submissions';
/** Default: a student may submit this many times a minute (Run and Submit together). */
export const DEFAULT_SUBMISSIONS_PER_MINUTE = 60;

/**
 * Rate limit per student rather than per address: a classroom shares one address, and a
 * student with two tabs is still one student. Runs after IdentityGuard, which sets the identity.
 */
@Injectable()
export class StudentRateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const identity = (request as unknown as RequestWithIdentity).identity;
    return identity ? `user:${identity.id}` : `ip:${String(request.ip)}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire || detail.timeToExpire));
    throw new ThrottlerException(
      `Too many submissions: at most ${detail.limit} per minute. Try again in ${seconds} s.`,
    );
  }
}
