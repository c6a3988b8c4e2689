import Link from 'next/link';
import { ApiUnreachable } from '../../../components/api-unreachable';
import { Difficulty } from '../../../components/difficulty';
import type { ExerciseDetail, Session } from '../../../lib/api-types';
import { pick, translator } from '../../../lib/i18n';
import { currentLanguage } from '../../../lib/language';
import { withoutLeadingTitle } from '../../../lib/markdown';
import { apiGet } from '../../../lib/server-api';
import { ExerciseWorkspace } from './exercise-workspace';
import { Statement } from './statement';

export const dynamic = 'force-dynamic';

/** Two panes: the statement (and its checks) on the left, the editor and results on the right. */
export default async function ExercisePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lang = await currentLanguage();
  const t = translator(lang);
  const [read, session] = await Promise.all([
    apiGet<ExerciseDetail>(`/api/exercises/${encodeURIComponent(slug)}`),
    apiGet<Session>('/api/session'),
  ]);
  if (read.kind === 'unreachable') return <ApiUnreachable lang={lang} />;
  if (read.kind === 'status') {
    return (
      <div className="notice notice-error" role="alert">
        <strong>{read.status === 404 ? t('exerciseNotFound') : t('requestFailed')}</strong>
        <p>{read.message}</p>
        <Link href="/">{t('backToCatalogue')}</Link>
      </div>
    );
  }
  const exercise = read.data;
  return (
    <div className="exercise-page">
      <aside className="statement-pane">
        <Link href="/" className="back-link">{t('backToCatalogue')}</Link>
        <h1>{pick(exercise.title, lang)}</h1>
        <p className="exercise-meta">
          {t('module')} {exercise.module} · <Difficulty level={exercise.difficulty} label={t('difficulty')} /> ·{' '}
          {t('limits')}{t('colon')} {exercise.limits.cpuMs} ms, {exercise.limits.memoryMb} {t('megabytes')}
        </p>
        <Statement markdown={withoutLeadingTitle(pick(exercise.statement, lang))} />
        <h2>{t('checksList')}</h2>
        <ul className="check-summary">
          {exercise.checks.map((check) => (
            <li key={check.id}>
              <span className={`badge ${check.visible ? 'badge-visible' : 'badge-hidden'}`}>{t(check.visible ? 'visible' : 'hidden')}</span>{' '}
              {pick(check.title, lang)} <span className="muted">({check.points} {t('points')})</span>
            </li>
          ))}
        </ul>
      </aside>
      <ExerciseWorkspace slug={exercise.slug} starter={exercise.starter} lang={lang} signedIn={session.kind === 'ok'} />
    </div>
  );
}
