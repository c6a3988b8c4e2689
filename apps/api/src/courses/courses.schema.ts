import { z } from 'zod';
import { requiredString, strictBody } from '../http/zod-messages';
import { EmailSchema, NameSchema, PasswordSchema } from '../identity/identity.schema';
import { TOKEN_PATTERN } from '../identity/tokens';

/** Body of POST /api/courses. */
export const CreateCourseSchema = strictBody({
  title: requiredString().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
});

/** Body of POST /api/courses/:id/invitations (all optional). */
export const CreateInvitationSchema = strictBody({
  role: z.enum(['student', 'instructor'], { error: "must be 'student' or 'instructor'" }).default('student'),
  /** When set, only this email may use the link. */
  email: EmailSchema.optional(),
  /** Validity in days (default 14). */
  days: z.number({ error: 'must be a number of days' }).int('must be a whole number').min(1).max(90).default(14),
});

const TokenSchema = requiredString().regex(TOKEN_PATTERN, 'is not a valid link token');

/** Body of POST /api/signup. */
export const SignUpSchema = strictBody({ token: TokenSchema, name: NameSchema, email: EmailSchema, password: PasswordSchema });

/** Body of POST /api/password-reset. */
export const PasswordResetSchema = strictBody({ token: TokenSchema, password: PasswordSchema });

/** JSON body of POST /api/courses/:id/students/import. */
export const ImportBodySchema = strictBody({ csv: requiredString().max(200_000, 'must be at most 200000 characters') });
