import { describe, expect, it } from 'vitest';
import { describeIssue, describeIssues, placeInFile } from '../../lib/exports/file-problems';
import type { z } from '../../lib/zod';

type Issue = z.core.$ZodIssue;
const issue = (fields: Record<string, unknown>) => ({ message: 'Invalid input', ...fields }) as unknown as Issue;

describe('describeIssue names the problem as the person holding the file knows it', () => {
  it.each<[string, Issue, string]>([
    ['a missing field in a backup', issue({ code: 'invalid_type', expected: 'string', message: 'Invalid input: expected string, received undefined', path: ['assessments', 2, 'assessment', 'organization'] }), 'assessment 3 has no organization name'],
    ['a wrong type', issue({ code: 'invalid_type', expected: 'number', message: 'Invalid input: expected number, received string', path: ['assessment', 'employees'] }), 'the headcount of the assessment should be a number'],
    ['our own wording', issue({ code: 'custom', message: 'must not be blank', path: ['assessments', 0, 'assessment', 'id'] }), 'the id of assessment 1 must not be blank'],
    ['a length limit', issue({ code: 'too_big', message: 'at most 5000 characters', maximum: 5000, origin: 'string', path: ['answers', 'A.8.13', 'note'] }), 'the note of the answer to “A.8.13” must be at most 5000 characters'],
    ["Zod's own minimum", issue({ code: 'too_small', message: 'Too small: expected number to be >=1', minimum: 1, origin: 'number', path: ['assessments', 4, 'assessment', 'drivers', 'sites'] }), 'the number of sites in the cost drivers of assessment 5 must be at least 1'],
    ['an answer inside a backup', issue({ code: 'custom', message: 'a level 0–4', path: ['assessments', 1, 'answers', '5.2', 'level'] }), 'the level of the answer to “5.2” in assessment 2 should be a level 0–4'],
    ['an unknown choice', issue({ code: 'invalid_value', values: ['quick', 'standard'], path: ['assessment', 'depth'] }), 'the depth of the assessment should be one of “quick”, “standard”'],
    ['an unknown key at the top', issue({ code: 'unrecognized_keys', keys: ['extra'], message: 'Unrecognized key: "extra"', path: [] }), 'a field this tool does not know (“extra”) in the file'],
    ['an incomplete rate card', issue({ code: 'invalid_type', expected: 'object', message: 'Invalid input: expected object, received undefined', path: ['settings', 'rateCard', 'reference'] }), 'the rate card in the file is incomplete'],
    ['the rate card', issue({ code: 'custom', message: 'low must not exceed high', path: ['settings', 'rateCard', 'gapAnalysisDays'] }), 'the rate card in the file: low must not exceed high'],
    ['a field without words of its own', issue({ code: 'custom', message: 'must be short', path: ['assessment', 'x'.repeat(80)] }), `the field “${'x'.repeat(40)}…” of the assessment must be short`],
    ['a whole sentence of ours', issue({ code: 'custom', message: 'Clause 4.3 is mandatory for certification.', path: ['answers', '4.3', 'level'] }), 'the level of the answer to “4.3”: Clause 4.3 is mandatory for certification.'],
    ['a whole-file problem', issue({ code: 'invalid_type', expected: 'object', path: [] }), 'the file should be a group of fields'],
  ])('%s', (_name, given, expected) => {
    expect(describeIssue(given)).toBe(expected);
  });
});

describe('describeIssues', () => {
  const first = issue({ code: 'invalid_type', expected: 'string', message: 'Invalid input: expected string, received undefined', path: ['assessments', 2, 'assessment', 'organization'] });
  it.each<[Issue[], string]>([
    [[first], 'This file is not a backup from this tool: assessment 3 has no organization name.'],
    [[first, first], 'This file is not a backup from this tool: assessment 3 has no organization name (and 1 more problem).'],
    [[first, first, first], 'This file is not a backup from this tool: assessment 3 has no organization name (and 2 more problems).'],
  ])('%#', (issues, expected) => {
    expect(describeIssues('a backup', issues)).toBe(expected);
  });

  it('puts the count before the full stop of a message that is a whole sentence', () => {
    const sentence = issue({ code: 'custom', message: 'Clause 4.3 is mandatory for certification.', path: ['answers', '4.3', 'level'] });
    expect(describeIssues('an assessment export', [sentence, sentence])).toBe(
      'This file is not an assessment export from this tool: the level of the answer to “4.3”: Clause 4.3 is mandatory for certification (and 1 more problem).',
    );
  });

  it('never shows a dotted path or a Zod phrase', () => {
    const actual = describeIssues('a backup', [issue({ code: 'invalid_type', expected: 'number', input: 'NaN', message: 'Invalid input: expected number, received string', path: ['assessments', 2, 'assessment', 'employees'] })]);
    expect(actual).not.toMatch(/assessments\.2|Invalid input|expected number|received|NaN/);
  });
});

describe('placeInFile says where in a file something is, without a dotted path', () => {
  it.each<[PropertyKey[], string]>([
    [[], 'the file'],
    [['assessments'], 'the list of assessments'],
    [['assessments', 7], 'assessment 8'],
    [['assessments', 7, 'answers', 'A.8.13', 'note', 0, 0], 'the note of the answer to “A.8.13” in assessment 8'],
    [['assessment'], 'the assessment'],
    [['assessment', 'drivers'], 'the cost drivers of the assessment'],
    [['answers'], 'the answers'],
    [['answers', 'quick.roles'], 'the answer to “quick.roles”'],
    [['answers', 'A.8.13', 'note', 0, 'a', 'a'], 'the note of the answer to “A.8.13”'],
  ])('%j', (path, expected) => {
    expect(placeInFile(path)).toBe(expected);
  });
});
