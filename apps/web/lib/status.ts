import type { MessageKey } from './i18n';
import type { FailureReason, SubmissionStatus } from './api-types';

/** The label of each submission status. */
export const STATUS_LABEL: Record<SubmissionStatus, MessageKey> = {
  queued: 'statusQueued',
  running: 'statusRunning',
  passed: 'statusPassed',
  failed: 'statusFailed',
  error: 'statusError',
};

/** The heading of each grading-level failure. */
export const FAILURE_LABEL: Record<FailureReason, MessageKey> = {
  syntax: 'failureSyntax',
  import: 'failureImport',
  'missing-export': 'failureMissingExport',
  'top-level-threw': 'failureTopLevelThrew',
  'time-limit': 'failureTimeLimit',
  'memory-limit': 'failureMemoryLimit',
  crash: 'failureCrash',
  'too-large': 'failureTooLarge',
  'invalid-encoding': 'failureInvalidEncoding',
};
