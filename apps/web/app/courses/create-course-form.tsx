'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ta } from '../../lib/accounts-i18n';
import type { CourseSummary } from '../../lib/course-types';
import type { Language } from '../../lib/i18n';
import { messageOf, postJson } from '../../lib/post-json';

/** A course title; the new course opens. */
export function CreateCourseForm({ lang }: { lang: Language }) {
  const router = useRouter();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const course = await postJson<CourseSummary>('/api/courses', { title: title.trim() });
      router.push(`/courses/${course.id}`);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }

  return (
    <form className="stacked-form narrow-page" onSubmit={create}>
      <h2>{ta(lang, 'newCourse')}</h2>
      <label>{ta(lang, 'courseTitle')}<input data-testid="course-title-input" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} required /></label>
      <button data-testid="create-course-submit" type="submit" className="primary">{ta(lang, 'create')}</button>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}
