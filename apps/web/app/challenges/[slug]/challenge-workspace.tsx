'use client';
import type { editor } from 'monaco-editor';
import { useRef, useState } from 'react';
import type { ChallengeSummary, Leaderboard, SubmissionStatus } from '../../../lib/api-types';
import { pick, translator, type Language } from '../../../lib/i18n';
import { STATUS_LABEL } from '../../../lib/status';
import { CodeEditor } from '../../exercises/[slug]/code-editor';
import { DailyRemaining } from '../daily-remaining';
import { ChallengeResult } from './challenge-result';
import { LiveLeaderboard } from './live-leaderboard';
import { TrainingPanel } from './training-panel';
import { useChallengeGrading, type ChallengeGradingState } from './use-challenge-grading';

export interface ChallengeWorkspaceProps {
  lang: Language;
  challenge: ChallengeSummary;
  starter: string;
  leaderboard: Leaderboard | null;
  /** The signed-in student's name (their leaderboard row is highlighted); undefined when nobody is. */
  studentName?: string;
}

/** The right pane of a challenge: editor, Submit with the day's remaining count, live training, result, leaderboard. */
export function ChallengeWorkspace({ lang, challenge, starter, leaderboard, studentName }: ChallengeWorkspaceProps) {
  const t = translator(lang);
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);
  const [editorReady, setEditorReady] = useState(false);
  const { state, daily, resultsVersion, start } = useChallengeGrading(challenge.slug, challenge.daily);
  const busy = state.phase === 'sending' || state.phase === 'following';
  const signedIn = studentName !== undefined;
  const canSubmit = signedIn && !busy && editorReady && !challenge.closed && (daily?.remaining ?? 1) > 0;

  const submit = () => {
    const current = editorRef.current;
    if (current) void start(current.getValue());
  };
  const reset = () => {
    const current = editorRef.current;
    if (current && window.confirm(t('resetConfirm'))) current.setValue(starter);
  };

  return (
    <div className="workspace">
      <CodeEditor slug={challenge.slug} starter={starter} loadingLabel={t('loadingEditor')}
        onReady={(instance) => {
          editorRef.current = instance;
          setEditorReady(true);
        }} />
      <div className="submit-bar">
        <div className="submit-buttons">
          <button type="button" data-testid="submit-button" className="primary" disabled={!canSubmit} onClick={submit}>{t('submit')}</button>
          <DailyRemaining lang={lang} daily={daily} />
          <button type="button" className="link-button" data-testid="reset-button" disabled={!editorReady} onClick={reset}>{t('resetStarter')}</button>
        </div>
        <StatusLine lang={lang} state={state} />
        {challenge.closed && <p className="hint">{t('challengeClosed')}</p>}
        {state.phase === 'request-error' && (
          <div className="notice notice-error" role="alert" data-testid="request-error">
            {typeof state.message === 'string' ? state.message : pick(state.message, lang)}
          </div>
        )}
      </div>
      {state.phase === 'following' && (
        <TrainingPanel lang={lang} queuePosition={state.status === 'queued' ? state.queuePosition : null} training={state.training} budgetMs={challenge.budget.cpuMs} />
      )}
      {state.phase === 'finished' && <ChallengeResult lang={lang} submission={state.submission} threshold={challenge.threshold} />}
      <LiveLeaderboard lang={lang} slug={challenge.slug} initial={leaderboard} version={resultsVersion} studentName={studentName} />
    </div>
  );
}

function StatusLine({ lang, state }: { lang: Language; state: ChallengeGradingState }) {
  const t = translator(lang);
  let status: SubmissionStatus;
  if (state.phase === 'sending') status = 'queued';
  else if (state.phase === 'following') status = state.status;
  else if (state.phase === 'finished') status = state.submission.status;
  else return null;
  const running = status === 'queued' || status === 'running';
  return (
    <div className={`grading-status status-${status}`} aria-live="polite">
      {running && <span className="spinner" aria-hidden="true" />}
      <span data-testid="grading-status" data-status={status}>{t(STATUS_LABEL[status])}</span>
    </div>
  );
}
