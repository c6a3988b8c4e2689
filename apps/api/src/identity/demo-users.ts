import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { UsersRepository } from './users.repository';

/** The accounts a fresh platform starts with (sign in by these names). */
export const DEMO_USERS = [
  { name: 'Demo Instructor', role: 'instructor' },
  { name: 'Demo Student', role: 'student' },
] as const;

/** Creates the demo users when the API starts (existing ones are left as they are). */
@Injectable()
export class DemoUsers implements OnApplicationBootstrap {
  constructor(@Inject(UsersRepository) private readonly users: UsersRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const user of DEMO_USERS) await this.users.upsertByName(user.name, user.role);
  }
}
