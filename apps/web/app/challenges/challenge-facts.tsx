import type { ChallengeSummary } from '../../lib/api-types';
import { formatAccuracy, formatDateTime, formatDuration } from '../../lib/challenge-format';
import { translator, type Language } from '../../lib/i18n';

/** A challenge's rules at a glance: model, threshold, budget, closing date, reference accuracy. */
export function ChallengeFacts({ lang, challenge }: { lang: Language; challenge: ChallengeSummary }) {
  const t = translator(lang);
  const colon = t('colon');
  return (
    <dl className="challenge-facts">
      <div><dt>{t('modelKind')}{colon}</dt><dd><span className="tag">{challenge.modelKind.toUpperCase()}</span></dd></div>
      <div><dt>{t('threshold')}{colon}</dt><dd data-testid="challenge-threshold">{formatAccuracy(challenge.threshold, lang)}</dd></div>
      <div>
        <dt>{t('trainingBudget')}{colon}</dt>
        <dd>{t('timingCpu')} {formatDuration(challenge.budget.cpuMs, lang)}, {challenge.budget.memoryMb} {t('megabytes')}</dd>
      </div>
      <div>
        <dt>{t('closesAt')}{colon}</dt>
        <dd>
          {formatDateTime(challenge.closesAt, lang)}{' '}
          <span className={`badge ${challenge.closed ? 'badge-hidden' : 'badge-open'}`}>{t(challenge.closed ? 'challengeClosed' : 'challengeOpen')}</span>
        </dd>
      </div>
      <div>
        <dt>{t('referenceAccuracy')}{colon}</dt>
        <dd data-testid="reference-accuracy">{formatAccuracy(challenge.referenceAccuracy, lang)}</dd>
      </div>
    </dl>
  );
}
