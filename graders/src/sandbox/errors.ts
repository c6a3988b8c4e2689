import type { Localized } from '../localized';

/**
 * The student's faults the sandbox reports. Anything else thrown while grading is a platform
 * fault. Messages are already sanitised (see sanitizeText).
 */
export abstract class StudentFaultError extends Error {}

/** The student's code threw (at top level or inside an exported function). */
export class StudentThrewError extends StudentFaultError {
  override name = 'StudentThrewError';
}

/** The CPU budget, a call's timeout or the wall-clock watchdog ran out; the isolate is finished. */
export class StudentTimeLimitError extends StudentFaultError {
  override name = 'StudentTimeLimitError';
  /** Which limit, for the student, e.g. { fr: 'limite de temps CPU de 2000 ms atteinte', en: … }. */
  constructor(readonly detail: Localized) {
    super(detail.en);
  }
}

/** The isolate was disposed because it reached its memory limit; the isolate is finished. */
export class StudentMemoryLimitError extends StudentFaultError {
  override name = 'StudentMemoryLimitError';
  constructor(readonly detail: Localized) {
    super(detail.en);
  }
}

/** The student's function returned something that is not plain data (getter, cycle, function, too large…). */
export class InvalidResultError extends StudentFaultError {
  override name = 'InvalidResultError';
}

/** The student's module imports another module, which the sandbox does not provide. */
export class SandboxImportError extends StudentFaultError {
  override name = 'SandboxImportError';
  constructor(readonly specifiers: string[]) {
    super(`import is not available in the sandbox (${specifiers.join(', ')})`);
  }
}
