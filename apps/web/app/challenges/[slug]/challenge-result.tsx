import type { Submission } from '../../../lib/api-types';
import { budgetFraction, formatAccuracy, formatDuration } from '../../../lib/challenge-format';
import { translator, type Language } from '../../../lib/i18n';
import { ResultView } from '../../exercises/[slug]/result-view';

/**
 * A finished challenge grading: the public accuracy against the threshold, the training's
 * time and CPU budget, then the exercise page's full result (checks with the confusion
 * matrix, the loss curve and misclassified digits; console output).
 */
export function ChallengeResult({ lang, submission, threshold }: { lang: Language; submission: Submission; threshold: number }) {
  const t = translator(lang);
  const measures = submission.result?.challenge;
  const colon = t('colon');
  // The threshold the grader applied (a test subset may lower the exercise's), as its accuracy check reports it.
  const applied = submission.result?.checks.find((check) => check.id === 'public-accuracy')?.details?.expected;
  const passingAt = typeof applied === 'number' ? applied : threshold;
  return (
    <div className="challenge-result">
      {measures && (
        <section className="challenge-measures" data-testid="challenge-measures">
          <h2>{t('challengeResult')}</h2>
          <div className="measure-grid">
            <div className={`measure measure-accuracy ${measures.publicAccuracy !== null && measures.publicAccuracy >= passingAt ? 'measure-ok' : 'measure-bad'}`}>
              <span className="measure-label">{t('publicAccuracy')}</span>
              <strong data-testid="challenge-accuracy">{formatAccuracy(measures.publicAccuracy, lang)}</strong>
              <span className="measure-note">{t('threshold')}{colon} {formatAccuracy(passingAt, lang)}</span>
            </div>
            <div className="measure">
              <span className="measure-label">{t('trainingTime')}</span>
              <strong>{formatDuration(measures.trainingMs, lang)}</strong>
              <span className="measure-note">{measures.trainCount} {t('trainImages')}, {measures.testCount} {t('testImages')}</span>
            </div>
            <div className="measure">
              <span className="measure-label">{t('cpuUsed')}</span>
              <strong>{formatDuration(measures.cpuMs, lang)}</strong>
              <span className="measure-note">
                / {formatDuration(measures.budgetMs, lang)} <progress max={1} value={budgetFraction(measures.cpuMs, measures.budgetMs)} />
              </span>
            </div>
          </div>
        </section>
      )}
      <ResultView lang={lang} submission={submission} />
    </div>
  );
}
