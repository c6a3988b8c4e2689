'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChallengeSummary, DailyAllowance, Submission, SubmissionStatus } from '../../../lib/api-types';
import { dailyLimitMessage } from '../../../lib/challenge-format';
import { addTrainingEvent, EMPTY_TRAINING, type TrainingState } from '../../../lib/challenge-plots';
import { ApiRequestError, createSubmission, errorFromResponse, followSubmission } from '../../../lib/grading-client';
import type { Localized } from '../../../lib/i18n';

/** Where the current challenge submission stands, as the challenge page shows it. */
export type ChallengeGradingState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'following'; id: string; status: SubmissionStatus; queuePosition: number | null; training: TrainingState }
  | { phase: 'finished'; submission: Submission; training: TrainingState }
  /** The API refused (daily limit, rate limit, 4xx) or could not be reached. */
  | { phase: 'request-error'; message: string | Localized };

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) throw await errorFromResponse(response);
  return (await response.json()) as T;
}

/**
 * One challenge submission at a time: POST the code (mode 'submit': every challenge
 * submission is graded and counted), then follow its queue position, its training
 * reports and its final result. Keeps the day's remaining count in step with the API and
 * bumps `resultsVersion` at each final result, so that the leaderboard reloads.
 */
export function useChallengeGrading(slug: string, initialDaily: DailyAllowance | null) {
  const [state, setState] = useState<ChallengeGradingState>({ phase: 'idle' });
  const [daily, setDaily] = useState(initialDaily);
  const [resultsVersion, setResultsVersion] = useState(0);
  const stopRef = useRef<(() => void) | null>(null);

  useEffect(() => () => stopRef.current?.(), []);

  const refreshDaily = useCallback(async () => {
    try {
      const challenges = await fetchJson<ChallengeSummary[]>('/api/challenges');
      setDaily(challenges.find((challenge) => challenge.slug === slug)?.daily ?? null);
    } catch (error) {
      // The count shown stays the last one known; the next submission's answer corrects it.
      console.error('could not refresh the daily submission count', error);
    }
  }, [slug]);

  const start = useCallback(async (code: string) => {
    stopRef.current?.();
    stopRef.current = null;
    setState({ phase: 'sending' });
    let id: string;
    try {
      ({ id } = await createSubmission(slug, code, 'submit'));
    } catch (error) {
      const limit = error instanceof ApiRequestError && error.status === 429 ? dailyLimitMessage(error.body) : null;
      if (limit) setDaily((current) => (current ? { ...current, used: current.limit, remaining: 0 } : current));
      setState({ phase: 'request-error', message: limit ?? (error instanceof Error ? error.message : String(error)) });
      return;
    }
    void refreshDaily();
    setState({ phase: 'following', id, status: 'queued', queuePosition: null, training: EMPTY_TRAINING });
    const update = (change: (current: Extract<ChallengeGradingState, { phase: 'following' }>) => ChallengeGradingState) =>
      setState((current) => (current.phase === 'following' && current.id === id ? change(current) : current));

    // The stream only says when the queue moves: ask once where this submission starts.
    fetchJson<Submission>(`/api/submissions/${encodeURIComponent(id)}`)
      .then((submission) => {
        if (submission.queuePosition !== undefined) {
          update((current) => (current.status === 'queued' && current.queuePosition === null ? { ...current, queuePosition: submission.queuePosition! } : current));
        }
      })
      .catch((error: unknown) => console.error(`could not read the queue position of ${id}`, error));

    stopRef.current = followSubmission(id, {
      onProgress: (progress) => update((current) => ({ ...current, status: progress.status })),
      onChallengeProgress: (progress) => update((current) =>
        progress.type === 'queue'
          ? current.status === 'queued' ? { ...current, queuePosition: progress.position } : current
          : { ...current, status: 'running', queuePosition: null, training: addTrainingEvent(current.training, progress) }),
      onResult: (submission) => {
        setState((current) => ({ phase: 'finished', submission, training: current.phase === 'following' ? current.training : EMPTY_TRAINING }));
        setResultsVersion((version) => version + 1);
        void refreshDaily();
      },
      onError: (error) => {
        console.error(`following challenge submission ${id} failed`, error);
        setState({ phase: 'request-error', message: error.message });
      },
    });
  }, [slug, refreshDaily]);

  return { state, daily, resultsVersion, start };
}
