import { z } from 'zod';

/** A required string field whose messages read well after the field's path ("code: is required"). */
export function requiredString(expected = 'must be a string') {
  return z.string({ error: (issue) => (issue.input === undefined ? 'is required' : expected) });
}

/** A request body object that refuses unknown fields and says plainly when it is not an object. */
export function strictBody<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'invalid_type' ? 'request body must be a JSON object' : undefined),
  });
}
