import { createParamDecorator, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Identity } from './identity.schema';
import { IdentityService, type RequestWithIdentity } from './identity.service';

/** Answers 401 unless the request carries a valid identity cookie. */
@Injectable()
export class IdentityGuard implements CanActivate {
  constructor(@Inject(IdentityService) private readonly identities: IdentityService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithIdentity>();
    if (!(await this.identities.fromRequest(request))) {
      throw new UnauthorizedException('Sign in first: POST /api/session with your email and password');
    }
    return true;
  }
}

/** The caller's identity, in a handler guarded by IdentityGuard. */
export const CurrentIdentity = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Identity => context.switchToHttp().getRequest<RequestWithIdentity>().identity!,
);
