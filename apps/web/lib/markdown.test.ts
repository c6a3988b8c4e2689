import { expect, it } from 'vitest';
import { withoutLeadingTitle } from './markdown';

it('drops only a leading level-1 heading', () => {
  expect(withoutLeadingTitle('# Dropout\n\nLe **dropout**…')).toBe('Le **dropout**…');
  expect(withoutLeadingTitle('Intro\n\n# Later heading')).toBe('Intro\n\n# Later heading');
  expect(withoutLeadingTitle('## Section\ntext')).toBe('## Section\ntext');
});
