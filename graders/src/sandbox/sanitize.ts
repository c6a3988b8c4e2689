/** Longest message from the isolate a student or a log ever sees. */
export const MAX_MESSAGE_CHARS = 500;

// C0 and C1 control characters except tab and newline, plus bidirectional overrides
// (which can make a message read differently from what it says).
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text that came out of a student's isolate safe to store and show as text:
 * control characters removed, length capped with an ellipsis.
 * @example
 * sanitizeText('boom\u0007\u001b[31m') // 'boom[31m'
 * sanitizeText('x'.repeat(900)).length // 501
 */
export function sanitizeText(text: string, maxChars: number = MAX_MESSAGE_CHARS): string {
  // Cut first so that a huge string is not scanned whole.
  const head = text.length > maxChars * 2 ? text.slice(0, maxChars * 2) : text;
  const clean = head.replace(UNSAFE_CHARACTERS, '');
  return clean.length > maxChars || head.length < text.length ? `${clean.slice(0, maxChars)}…` : clean;
}
