/**
 * Removes a statement's leading "# Title" line: the page shows the exercise's title
 * itself, above the exercise's facts, so the Markdown's own would repeat it.
 * @example
 * withoutLeadingTitle('# Dropout\n\nLe dropout…') // 'Le dropout…'
 */
export function withoutLeadingTitle(markdown: string): string {
  return markdown.replace(/^\s*#[ \t][^\n]*\n+/, '');
}
