import { describe, expect, it } from 'vitest';
import { describeRowErrors, parseStudentCsv } from './student-import';

describe('parseStudentCsv', () => {
  it('reads email,name[,password] with or without a header, skipping blank lines', () => {
    expect(parseStudentCsv('email,name,password\nada@example.org,Ada Lovelace,secret-pass\n\n"bob@example.org","Bob"\n')).toEqual({
      rows: [
        { line: 2, email: 'ada@example.org', name: 'Ada Lovelace', password: 'secret-pass' },
        { line: 4, email: 'bob@example.org', name: 'Bob' },
      ],
    });
    expect(parseStudentCsv('cy@example.org,Cy\n').rows).toEqual([{ line: 1, email: 'cy@example.org', name: 'Cy' }]);
  });

  it('reports every bad row with its line number, and no rows at all', () => {
    const result = parseStudentCsv('email,name,password\nada@example.org,Ada\nnot-an-email,Bob\nADA@example.org,Ada Again\ncy@example.org,Cy,short\ndee@example.org\n');
    expect(result.rows).toBeUndefined();
    expect(result.errors).toEqual([
      { line: 3, errors: ['email: must be an email address'] },
      { line: 4, errors: ['email ADA@example.org is already on line 2'] },
      { line: 5, errors: ['password: must be at least 8 characters'] },
      { line: 6, errors: ['expected 2 or 3 columns (email,name[,password]), found 1', 'name: must not be empty'] },
    ]);
    expect(describeRowErrors(result.errors!)).toMatch(/^4 invalid rows, nothing imported: line 3: email: must be an email address; line 4: /);
  });

  it('says where a file is not CSV at all, and when it is empty', () => {
    expect(parseStudentCsv('email,name\nada@example.org,"Ada\n').errors).toEqual([{ line: 2, errors: [expect.stringMatching(/not valid CSV: Quote Not Closed/)] }]);
    expect(parseStudentCsv('email,name\n').errors).toEqual([{ line: 1, errors: [expect.stringMatching(/no student/)] }]);
  });
});
