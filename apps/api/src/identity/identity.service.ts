import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { IDENTITY_COOKIE, type Identity } from './identity.schema';
import { UsersRepository } from './users.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who is calling: the user named by the signed identity cookie, if any. */
@Injectable()
export class IdentityService {
  constructor(@Inject(UsersRepository) private readonly users: UsersRepository) {}

  /** The request's identity, or undefined without a valid signed cookie naming an existing user. */
  async fromRequest(request: Request): Promise<Identity | undefined> {
    const cached = (request as RequestWithIdentity).identity;
    if (cached) return cached;
    // cookie-parser puts a signed cookie with a bad signature at `false`.
    const id: unknown = request.signedCookies?.[IDENTITY_COOKIE];
    if (typeof id !== 'string' || !UUID.test(id)) return undefined;
    const identity = await this.users.findById(id);
    if (identity) (request as RequestWithIdentity).identity = identity;
    return identity;
  }

  signIn(name: string): Promise<Identity> {
    return this.users.upsertByName(name, 'student');
  }
}

/** A request after IdentityGuard: carries the identity. */
export interface RequestWithIdentity extends Request {
  identity?: Identity;
}
