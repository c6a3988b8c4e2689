'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GradingProgress, Submission } from '../../../lib/api-types';
import { createSubmission, followSubmission } from '../../../lib/grading-client';

/** Where the current grading stands, as the exercise page shows it. */
export type GradingState =
  | { phase: 'idle' }
  | { phase: 'sending'; mode: 'run' | 'submit' }
  | { phase: 'following'; mode: 'run' | 'submit'; id: string; progress: GradingProgress }
  | { phase: 'finished'; submission: Submission }
  /** The API refused the request (4xx) or could not be reached: its message, as is. */
  | { phase: 'request-error'; message: string };

/**
 * Runs one grading at a time for an exercise: POST the code, then follow its progress to
 * the final result. Starting a new grading stops following the previous one.
 */
export function useGrading(exercise: string) {
  const [state, setState] = useState<GradingState>({ phase: 'idle' });
  const stopRef = useRef<(() => void) | null>(null);

  useEffect(() => () => stopRef.current?.(), []);

  const start = useCallback(async (mode: 'run' | 'submit', code: string) => {
    stopRef.current?.();
    stopRef.current = null;
    setState({ phase: 'sending', mode });
    let id: string;
    try {
      // Opened from a course's assignment (?assignment=id): the submission counts for it.
      const assignment = new URLSearchParams(window.location.search).get('assignment') ?? undefined;
      ({ id } = await createSubmission(exercise, code, mode, '', assignment));
    } catch (error) {
      setState({ phase: 'request-error', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    setState({ phase: 'following', mode, id, progress: { status: 'queued', done: 0, total: 0 } });
    stopRef.current = followSubmission(id, {
      onProgress: (progress) => setState((current) =>
        current.phase === 'following' && current.id === id
          // Polling knows the status but not the counts: keep the last counts seen.
          ? { ...current, progress: progress.total > 0 ? progress : { ...current.progress, status: progress.status } }
          : current),
      onResult: (submission) => setState({ phase: 'finished', submission }),
      onError: (error) => {
        console.error(`following submission ${id} failed`, error);
        setState({ phase: 'request-error', message: error.message });
      },
    });
  }, [exercise]);

  return { state, start };
}
