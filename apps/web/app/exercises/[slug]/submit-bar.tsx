'use client';
import type { SubmissionStatus } from '../../../lib/api-types';
import { translator, type Language } from '../../../lib/i18n';
import { STATUS_LABEL } from '../../../lib/status';
import type { GradingState } from './use-grading';

export interface SubmitBarProps {
  lang: Language;
  state: GradingState;
  signedIn: boolean;
  editorReady: boolean;
  onGrade(mode: 'run' | 'submit'): void;
  onReset(): void;
}

/** Run / Submit / reset, and the live status of the grading in flight. */
export function SubmitBar({ lang, state, signedIn, editorReady, onGrade, onReset }: SubmitBarProps) {
  const t = translator(lang);
  const busy = state.phase === 'sending' || state.phase === 'following';
  return (
    <div className="submit-bar">
      <div className="submit-buttons">
        <button type="button" data-testid="run-button" disabled={busy || !editorReady} onClick={() => onGrade('run')} title={t('runHint')}>
          ▶ {t('run')}
        </button>
        <button type="button" data-testid="submit-button" className="primary" disabled={busy || !editorReady} onClick={() => onGrade('submit')} title={t('submitHint')}>
          {t('submit')}
        </button>
        <button type="button" className="link-button" data-testid="reset-button" disabled={!editorReady} onClick={onReset}>
          {t('resetStarter')}
        </button>
      </div>
      <LiveStatus lang={lang} state={state} />
      {!signedIn && <p className="hint">{t('signInToSubmit')}</p>}
      {state.phase === 'request-error' && (
        <div className="notice notice-error" role="alert" data-testid="request-error">{state.message}</div>
      )}
    </div>
  );
}

function LiveStatus({ lang, state }: { lang: Language; state: GradingState }) {
  const t = translator(lang);
  let status: SubmissionStatus;
  let counts = '';
  if (state.phase === 'sending') status = 'queued';
  else if (state.phase === 'following') {
    status = state.progress.status;
    if (state.progress.total > 0) counts = ` · ${state.progress.done}/${state.progress.total} ${t('progressChecks')}`;
  } else if (state.phase === 'finished') status = state.submission.status;
  else return null;
  const running = status === 'queued' || status === 'running';
  return (
    <div className={`grading-status status-${status}`} aria-live="polite">
      {running && <span className="spinner" aria-hidden="true" />}
      <span data-testid="grading-status" data-status={status}>{t(STATUS_LABEL[status])}</span>
      {counts && <span data-testid="grading-progress">{counts}</span>}
      {running && state.phase === 'following' && state.progress.total > 0 && (
        <progress max={state.progress.total} value={state.progress.done} />
      )}
    </div>
  );
}
