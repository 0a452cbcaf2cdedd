/**
 * A schema's refusal of an imported file, in the words of the person holding it: "assessment 3 has no
 * organization name", not "assessments.2.assessment.organization: Invalid input". Only the first problem is
 * named (fixing it and trying again is how files get fixed); the rest are counted.
 */
import type { z } from '../zod';

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

/** Field names as the forms call them. Keys without an entry are quoted as they are. */
const fieldWords: Record<string, string> = {
  id: 'id',
  organization: 'organization name',
  employees: 'headcount',
  sector: 'sector',
  contact: 'contact person',
  depth: 'depth',
  createdAt: 'creation date',
  updatedAt: 'date of the last change',
  deletedAt: 'deletion date',
  copiedFrom: 'original',
  drivers: 'cost drivers',
  sites: 'number of sites',
  scope: 'ISMS scope',
  certificationBody: 'certification body',
  approach: 'approach',
  grcTool: 'GRC tool choice',
  soc2: 'SOC 2 choice',
  maturity: 'maturity',
  startDate: 'kickoff date',
  intake: 'head start details',
  certifications: 'certificates held',
  kind: 'kind of certificate',
  issued: 'issue date',
  frameworks: 'frameworks followed',
  nis2: 'NIS2 decision',
  dora: 'DORA decision',
  level: 'level',
  note: 'note',
  evidence: 'evidence mark',
  owner: 'owner',
  justification: 'justification for N/A',
  inclusionReason: 'reason for inclusion',
  inclusionJustification: 'justification for inclusion',
  provenance: 'source',
  exportedAt: 'export date',
  catalogVersion: 'catalog version',
  formatVersion: 'format version',
  format: 'format',
  assessments: 'list of assessments',
  settings: 'settings',
  answers: 'answers',
  assessment: 'assessment',
};

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
  record: 'a group of fields',
};

const shortened = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const quoted = (key: Key) => `“${shortened(String(key))}”`;
const wordsFor = (key: Key) => (typeof key === 'string' && Object.hasOwn(fieldWords, key) ? fieldWords[key]! : `field ${quoted(key)}`);

const settingOwner = { rateCard: 'the rate card in the file', brand: 'the brand in the file' };
const settingOwners = new Set(Object.values(settingOwner));

/**
 * Who the problem belongs to ("assessment 3", "the answer to A.8.13 in assessment 3") and which of its fields:
 * the innermost one a schema names, or for a place in the file (`outermost`) the first one inside the owner.
 */
function subjectOf(path: readonly Key[], outermost = false): { owner: string; field?: string } {
  let rest = [...path];
  let owner = 'the file';
  const [first, index] = rest;
  if (first === 'assessments' && typeof index === 'number') {
    owner = `assessment ${index + 1}`;
    rest = rest.slice(2);
    if (rest[0] === 'assessment') rest = rest.slice(1);
  } else if (rest[0] === 'assessment') {
    owner = 'the assessment';
    rest = rest.slice(1);
  } else if (rest[0] === 'settings' && (rest[1] === 'rateCard' || rest[1] === 'brand')) {
    // Their own messages say what is wrong; their keys would mean nothing to the reader.
    return { owner: settingOwner[rest[1]] };
  }
  if (rest[0] === 'answers' && rest.length > 1) {
    owner = owner === 'the file' ? `the answer to ${quoted(rest[1]!)}` : `the answer to ${quoted(rest[1]!)} in ${owner}`;
    rest = rest.slice(2);
  }
  const named = rest.filter((key) => typeof key === 'string');
  if (named.length === 0) return { owner };
  const [group] = named;
  if (outermost) return { owner, field: wordsFor(group!) };
  // A field inside the drivers or the intake says so: "the issue date in the head start details".
  const within = named.length > 1 && (group === 'drivers' || group === 'intake') ? ` in the ${wordsFor(group!)}` : '';
  return { owner, field: `${wordsFor(named.at(-1)!)}${within}` };
}

/** "the organization name of assessment 3"; a field of the file itself is just "the export date". */
function phrase({ owner, field }: { owner: string; field?: string }): string {
  if (!field) return owner;
  return owner === 'the file' ? `the ${field}` : `the ${field} of ${owner}`;
}

/** Where in a file something is, in words: "the note of the answer to “A.8.13”", "the list of assessments". */
export function placeInFile(path: readonly Key[]): string {
  return phrase(subjectOf(path, true));
}

/** Zod reports a missing field as a value of type undefined; issues carry no input unless asked to. */
const isMissing = (issue: Issue) => issue.code === 'invalid_type' && /received undefined$/.test(issue.message);

/** Zod's own messages speak of types and paths; ours are written to be read ("must not be blank"). */
const isZodDefault = (message: string) => /^(Invalid|Too small|Too big|Unrecognized key)/.test(message);

function predicate(issue: Issue): string {
  const message = issue.message;
  if (!isZodDefault(message)) {
    if (/^(must|is|has|cannot) /.test(message)) return ` ${message}`;
    if (/^not /.test(message)) return ` is ${message}`;
    if (/^at (most|least) /.test(message)) return ` must be ${message}`;
    if (/^an? /.test(message)) return ` should be ${message}`;
    return `: ${message}`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return ` should be ${typeWords[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return ` must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : issue.origin === 'array' ? ' entries' : ''}`;
    case 'too_big':
      return ` must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters long' : issue.origin === 'array' ? ' entries' : ''}`;
    case 'invalid_value':
      return ` should be one of ${issue.values.slice(0, 6).map((value) => quoted(String(value))).join(', ')}`;
    default:
      return ' is not in the form this tool writes';
  }
}

/** One problem as a sentence without its full stop: "assessment 3 has no organization name". */
export function describeIssue(issue: Issue): string {
  const { owner, field } = subjectOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.slice(0, 3).map(quoted).join(', ');
    return `${issue.keys.length === 1 ? 'a field' : 'fields'} this tool does not know (${keys}) in ${phrase({ owner, field })}`;
  }
  if (isMissing(issue)) return field ? `${owner} has no ${field}` : settingOwners.has(owner) ? `${owner} is incomplete` : `${owner} is missing`;
  return `${phrase({ owner, field })}${predicate(issue)}`;
}

/** "This file is not a backup from this tool: assessment 3 has no organization name (and 2 more problems)." */
export function describeIssues(named: string, issues: readonly Issue[]): string {
  const [first] = issues;
  if (!first) return `This file is not ${named} from this tool.`;
  const more = issues.length - 1;
  // Some of our messages are whole sentences: their full stop goes after the count.
  return `This file is not ${named} from this tool: ${describeIssue(first).replace(/\.$/, '')}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}.`;
}
