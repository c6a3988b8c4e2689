import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { EmailSchema, NameSchema, PasswordSchema } from '../identity/identity.schema';

/** One student to import, as validated. */
export interface ImportRow {
  line: number;
  email: string;
  name: string;
  password?: string;
}

/** What is wrong with one line of the file. */
export interface RowError {
  line: number;
  errors: string[];
}

/** Largest number of students one import takes. */
export const MAX_IMPORT_ROWS = 2_000;

const RowSchema = z.object({ email: EmailSchema, name: NameSchema, password: PasswordSchema.optional() });

/**
 * Parses and validates a student list: columns email,name[,password], an optional header row
 * (first cell "email"), blank lines ignored. Every row is checked, and every problem is
 * reported with its line number (the same email twice included), so that the instructor can
 * fix the whole file at once. Either `rows` (all good) or `errors` (at least one).
 * @example
 *   parseStudentCsv('email,name\nada@example.org,Ada Lovelace\n')
 *   // → { rows: [{ line: 2, email: 'ada@example.org', name: 'Ada Lovelace' }] }
 */
export function parseStudentCsv(text: string): { rows: ImportRow[]; errors?: undefined } | { rows?: undefined; errors: RowError[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, skip_empty_lines: true, relax_column_count: true, trim: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { errors: [{ line, errors: [`the file is not valid CSV: ${(error as Error).message}`] }] };
  }
  if (records[0]?.record[0]?.toLowerCase() === 'email') records = records.slice(1);
  if (records.length === 0) return { errors: [{ line: 1, errors: ['no student in the file (expected columns email,name[,password])'] }] };
  if (records.length > MAX_IMPORT_ROWS) return { errors: [{ line: 1, errors: [`at most ${MAX_IMPORT_ROWS} students per import`] }] };

  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  const firstLineOfEmail = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    const problems: string[] = [];
    if (record.length < 2 || record.length > 3) problems.push(`expected 2 or 3 columns (email,name[,password]), found ${record.length}`);
    const [email = '', name = '', password = ''] = record;
    const parsed = RowSchema.safeParse({ email, name, password: password === '' ? undefined : password });
    if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
    const key = email.toLowerCase();
    const first = firstLineOfEmail.get(key);
    if (first !== undefined && email) problems.push(`email ${email} is already on line ${first}`);
    else firstLineOfEmail.set(key, line);
    if (problems.length) errors.push({ line, errors: problems });
    else if (parsed.success) rows.push({ line, ...parsed.data });
  }
  return errors.length ? { errors } : { rows };
}

/** The errors as one readable message: "line 3: email: must be an email address; line 5: …". */
export function describeRowErrors(errors: RowError[]): string {
  const count = `${errors.length} invalid row${errors.length > 1 ? 's' : ''}, nothing imported`;
  return `${count}: ${errors.map((row) => `line ${row.line}: ${row.errors.join(', ')}`).join('; ')}`;
}
