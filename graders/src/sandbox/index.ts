// The sandbox: a student's module in a fresh isolate, called with copied data.
export { transpileStudentCode, transpileStudentCodeSync, type TranspileResult } from './transpile';
export { IsolateSession, type IsolateSessionOptions } from './isolate-session';
export { StudentFaultError, StudentThrewError, StudentTimeLimitError, StudentMemoryLimitError, InvalidResultError, SandboxImportError } from './errors';
export { sanitizeText, MAX_MESSAGE_CHARS } from './sanitize';
export { RESULT_LIMITS } from './result-copier';
