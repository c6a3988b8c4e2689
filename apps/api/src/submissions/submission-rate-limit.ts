import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { API_CONFIG, type ApiConfig } from '../config';
import type { RequestWithIdentity } from '../identity/identity.service';

/** Default: a student may submit this many times a minute (Run and Submit together). */
export const DEFAULT_SUBMISSIONS_PER_MINUTE = 60;
const WINDOW_MS = 60_000;

/** Injection token of the hit counter (@nestjs/throttler's in-memory storage). */
export const SUBMISSION_RATE_STORAGE = Symbol('SUBMISSION_RATE_STORAGE');

/**
 * Rate limit per student rather than per address: a classroom shares one address, and a
 * student with two tabs is still one student. Runs after IdentityGuard, which sets the identity.
 * The counting is @nestjs/throttler's storage; its guard is not used because it resolves
 * Nest's Reflector through a CommonJS copy of the ESM-only @nestjs/core under tsx.
 */
@Injectable()
export class StudentRateLimitGuard implements CanActivate {
  constructor(
    @Inject(SUBMISSION_RATE_STORAGE) private readonly storage: ThrottlerStorageService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithIdentity>();
    const limit = this.config.submissionsPerMinute ?? DEFAULT_SUBMISSIONS_PER_MINUTE;
    const key = request.identity ? `user:${request.identity.id}` : `ip:${String(request.ip)}`;
    const record = await this.storage.increment(key, WINDOW_MS, limit, 0, 'submissions');
    if (record.totalHits > limit) {
      const seconds = Math.max(1, Math.ceil(record.timeToExpire));
      context.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>().setHeader('Retry-After', String(seconds));
      throw new HttpException(`Too many submissions: at most ${limit} per minute. Try again in ${seconds} s.`, HttpStatus.TOO_MANY_REQUESTS);
    }
    return true;
  }
}
