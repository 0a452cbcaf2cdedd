import { describe, expect, it } from 'vitest';
import { buildCatalog, CatalogSchema, clauseGroupIds, groupOfItem, loadCatalog, themeGroupIds } from '../../lib/catalog';
import { rawCatalog } from '../../data/catalog';

const catalog = loadCatalog();
const ids = catalog.items.map((item) => item.id);

describe('catalog contents', () => {
  it('has the 30 requirement leaves of clauses 4–10, in order', () => {
    const expected = [
      '4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1.1', '6.1.2', '6.1.3', '6.2', '6.3',
      '7.1', '7.2', '7.3', '7.4', '7.5.1', '7.5.2', '7.5.3', '8.1', '8.2', '8.3',
      '9.1', '9.2.1', '9.2.2', '9.3.1', '9.3.2', '9.3.3', '10.1', '10.2',
    ];
    const actual = catalog.items.filter((item) => item.kind === 'clause').map((item) => item.id);
    expect(actual).toEqual(expected);
  });

  it.each([
    ['A.5', 37],
    ['A.6', 8],
    ['A.7', 14],
    ['A.8', 34],
  ])('theme %s has %i controls numbered without gaps', (theme, count) => {
    const actual = catalog.items.filter((item) => item.group === theme).map((item) => item.id);
    const expected = Array.from({ length: count }, (_, index) => `${theme}.${index + 1}`);
    expect(actual).toEqual(expected);
  });

  it('has 93 controls and 123 items with unique ids', () => {
    expect(catalog.items.filter((item) => item.kind === 'control')).toHaveLength(93);
    expect(new Set(ids).size).toBe(123);
  });

  it('flags exactly the 11 controls new in 2022 (8.10, not 8.25)', () => {
    const actual = catalog.items.filter((item) => item.newIn2022).map((item) => item.id);
    expect(actual).toEqual(['A.5.7', 'A.5.23', 'A.5.30', 'A.7.4', 'A.8.9', 'A.8.10', 'A.8.11', 'A.8.12', 'A.8.16', 'A.8.23', 'A.8.28']);
  });

  it.each([
    ['A.5.1', 'Policies for information security'],
    ['A.5.23', 'Information security for use of cloud services'],
    ['A.6.7', 'Remote working'],
    ['A.7.4', 'Physical security monitoring'],
    ['A.8.13', 'Information backup'],
    ['A.8.34', 'Protection of information systems during audit testing'],
    ['6.1.2', 'Information security risk assessment'],
  ])('%s carries its official title', (id, title) => {
    expect(catalog.items.find((item) => item.id === id)?.title).toBe(title);
  });

  it('has the 17 mandatory documented-information entries, each pointing at a clause requirement', () => {
    expect(catalog.mandatoryDocuments).toHaveLength(17);
    expect(new Set(catalog.mandatoryDocuments.map((doc) => doc.id)).size).toBe(17);
    for (const doc of catalog.mandatoryDocuments) expect(doc.item).not.toMatch(/^A\./);
    const referencedItems = new Set(catalog.mandatoryDocuments.map((doc) => doc.item));
    expect([...referencedItems].sort()).toEqual(
      ['4.3', '5.2', '6.1.2', '6.1.3', '6.2', '7.2', '7.5.1', '8.1', '8.2', '8.3', '9.1', '9.2.2', '9.3.3', '10.2'].sort(),
    );
  });

  it('has the nine documents Annex A asks for while their control applies, each pointing at its control', () => {
    const actual = catalog.annexADocuments.map((doc) => [doc.id, doc.item]);
    expect(actual).toEqual([
      ['topic-specific-policies', 'A.5.1'], ['asset-inventory', 'A.5.9'], ['acceptable-use-rules', 'A.5.10'],
      ['incident-management-procedure', 'A.5.24'], ['legal-contractual-register', 'A.5.31'], ['operating-procedures', 'A.5.37'],
      ['confidentiality-agreements', 'A.6.6'], ['configuration-baselines', 'A.8.9'], ['secure-engineering-principles', 'A.8.27'],
    ]);
  });

  it('has the six common audit gaps, each revealed by at least one item', () => {
    expect(catalog.commonGaps.map((gap) => gap.id)).toEqual([
      'weak-risk-assessment', 'stale-soa', 'superficial-internal-audit',
      'undocumented-management-review', 'no-corrective-action', 'inconsistent-access-evidence',
    ]);
  });

  it('writes every piece of guidance once: no two items share a question or help text', () => {
    for (const field of ['question', 'help'] as const) {
      const texts = catalog.items.map((item) => item[field]);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});

describe('question sets', () => {
  const allGroups = [...clauseGroupIds, ...themeGroupIds];

  it.each([
    ['quick', 20, 25],
    ['standard', 50, 60],
    ['full', 123, 123],
  ] as const)('%s has between %i and %i questions', (depth, min, max) => {
    const count = catalog.questionSets[depth].length;
    expect(count).toBeGreaterThanOrEqual(min);
    expect(count).toBeLessThanOrEqual(max);
  });

  it.each(['quick', 'standard', 'full'] as const)('%s covers every clause 4–10 and every theme A.5–A.8', (depth) => {
    const covered = new Set(catalog.questionSets[depth].flatMap((question) => question.covers).map(groupOfItem));
    expect([...covered].sort()).toEqual([...allGroups].sort());
  });

  it('quick scan covers every clause requirement exactly once, so its verdict can see every mandatory document', () => {
    const covered = catalog.questionSets.quick.flatMap((question) => question.covers).filter((id) => !id.startsWith('A.'));
    expect([...covered].sort()).toEqual(catalog.items.filter((item) => item.kind === 'clause').map((item) => item.id).sort());
  });

  it.each(['quick', 'standard', 'full'] as const)('%s never covers an item twice', (depth) => {
    const covered = catalog.questionSets[depth].flatMap((question) => question.covers);
    expect(new Set(covered).size).toBe(covered.length);
  });

  it.each(['standard', 'full'] as const)('%s covers all 123 items', (depth) => {
    const covered = new Set(catalog.questionSets[depth].flatMap((question) => question.covers));
    expect(covered.size).toBe(123);
  });

  it('places each question in the section of the items it covers', () => {
    for (const depth of ['standard', 'full'] as const) {
      for (const question of catalog.questionSets[depth]) {
        for (const id of question.covers) expect(groupOfItem(id), question.id).toBe(question.section);
      }
    }
  });
});

describe('Amendment 1 (2024): climate change in 4.1 and 4.2', () => {
  const item = (id: string) => catalog.items.find((candidate) => candidate.id === id)!;
  const climate = /climate/i;

  it('4.1 asks whether climate change is a relevant issue, and says what good looks like and what to show', () => {
    const context = item('4.1');
    expect(context.question).toMatch(climate);
    expect(context.help).toMatch(/whether climate change is a relevant issue/);
    expect(context.evidence.some((evidence) => climate.test(evidence))).toBe(true);
  });

  it('4.2 notes that interested parties can have climate-related requirements', () => {
    const parties = item('4.2');
    expect(parties.question).toMatch(climate);
    expect(parties.help).toMatch(/requirements related to climate change/);
    expect(parties.evidence.some((evidence) => climate.test(evidence))).toBe(true);
  });

  it.each(['quick', 'standard'] as const)('the %s question covering 4.1 and 4.2 brings it up too', (depth) => {
    for (const id of ['4.1', '4.2']) {
      const question = catalog.questionSets[depth].find((candidate) => candidate.covers.includes(id))!;
      expect(`${question.text} ${question.help}`, question.id).toMatch(climate);
    }
  });

  it('names the amendment, and carries a catalog version after the first, so installed copies reload it', () => {
    expect(catalog.standard).toBe('ISO/IEC 27001:2022 with Amendment 1 (2024)');
    expect(catalog.version).not.toBe('2022.1.0');
  });
});

describe('questions a prospect can answer', () => {
  const quick = catalog.questionSets.quick;
  const quickCovering = (id: string) => quick.find((question) => question.covers.includes(id));

  it.each(['A.5.34', 'A.8.10', 'A.8.11', 'A.8.12'])('the quick scan asks about privacy and personal data: %s', (id) => {
    const question = quickCovering(id);
    expect(question?.id).toBe('quick.privacy');
    expect(question?.text).toMatch(/personal data/);
  });

  it('A.5.17 is about passwords and secrets, not a second sign-in step (that is A.8.5)', () => {
    const secondFactor = /\bMFA\b|multi-factor|second (?:factor|sign-in|login)/i;
    const authentication = catalog.items.find((item) => item.id === 'A.5.17')!;
    expect(`${authentication.question} ${authentication.help}`).not.toMatch(secondFactor);
    expect(authentication.question).toMatch(/passwords and other secrets/);
    const covering = quickCovering('A.5.17')!;
    expect(covering.covers).not.toContain('A.8.5');
    expect(`${covering.text} ${covering.help}`).not.toMatch(secondFactor);
    expect(quickCovering('A.8.5')!.text).toMatch(/\(MFA\)/);
  });

  it('asks one short question at a time in the quick scan', () => {
    for (const question of quick) {
      expect(question.text.match(/\?/g), question.id).toHaveLength(1);
      expect(question.text.endsWith('?'), question.id).toBe(true);
      expect(question.text.length, question.id).toBeLessThanOrEqual(160);
    }
  });

  // A term a prospect may not know must sit inside its explanation the first time a text uses it.
  const jargon: Array<[string, RegExp, RegExp]> = [
    ['ISMS', /\bISMS\b/, /management system \(ISMS\)/],
    ['Annex A', /Annex A/, /93 security controls[^.]*Annex A|Annex A \([^)]+\)/],
    ['Statement of Applicability', /Statement of Applicability/, /Statement of Applicability \([^)]+\)/],
    ['SoA', /\bSoA\b/, /\(SoA\)/],
    ['RACI', /\bRACI\b/, /RACI \([^)]+\)/],
    ['nonconformity', /nonconformit/i, /nonconformit(?:y|ies) \([^)]+\)/i],
    ['"the standard"', /\bthe standard\b/i, /(?!)/],
  ];
  const prospectTexts = (['quick', 'standard'] as const).flatMap((depth) =>
    catalog.questionSets[depth].flatMap((question): Array<[string, string]> => [
      [`${question.id} question`, question.text],
      [`${question.id} help`, question.help],
    ]),
  );

  it.each(jargon)('explains %s in place wherever a prospect reads it', (_, term, explained) => {
    const unexplained = prospectTexts.filter(([, text]) => {
      const first = text.search(term);
      if (first === -1) return false;
      const explanation = explained.exec(text);
      return !explanation || first < explanation.index || first >= explanation.index + explanation[0].length;
    });
    expect(unexplained.map(([where]) => where)).toEqual([]);
  });
});

describe('answers given to earlier catalog versions', () => {
  // Every quick-scan question id that catalog 2022.1.0 shipped: stored answers and exported files use them.
  const shippedQuickIds = [
    'quick.scope-context', 'quick.leadership-policy', 'quick.roles', 'quick.risk-assessment', 'quick.risk-treatment',
    'quick.objectives-metrics', 'quick.competence-awareness', 'quick.documents', 'quick.assets-classification',
    'quick.access-management', 'quick.suppliers-cloud', 'quick.incident-response', 'quick.continuity-backup',
    'quick.people-lifecycle', 'quick.physical-security', 'quick.endpoints', 'quick.vulnerabilities',
    'quick.logging-monitoring', 'quick.network-security', 'quick.secure-development', 'quick.operation-records',
    'quick.internal-audit', 'quick.management-review', 'quick.improvement',
  ];

  it.each(shippedQuickIds)('%s is still a quick-scan question or a retired one', (id) => {
    const known = [...catalog.questionSets.quick, ...(catalog.retiredQuestions ?? [])].map((question) => question.id);
    expect(known).toContain(id);
  });

  it('a retired question still covers items, so its answers keep counting', () => {
    for (const question of catalog.retiredQuestions ?? []) expect(question.covers.length, question.id).toBeGreaterThan(0);
  });
});

describe('suggested SoA inclusions', () => {
  const controls = catalog.items.filter((item) => item.kind === 'control');

  it('every control suggests a reason and a sentence of its own; no clause does', () => {
    expect(controls.every((item) => item.inclusion !== undefined)).toBe(true);
    expect(catalog.items.filter((item) => item.kind === 'clause' && item.inclusion)).toEqual([]);
    expect(new Set(controls.map((item) => item.inclusion!.text)).size).toBe(93);
  });

  it('uses all four reasons, with legal ones where privacy law is the driver', () => {
    expect(new Set(controls.map((item) => item.inclusion!.reason))).toEqual(new Set(['risk', 'legal', 'contract', 'business']));
    for (const id of ['A.5.31', 'A.5.34', 'A.8.10']) {
      expect(controls.find((item) => item.id === id)!.inclusion!.reason, id).toBe('legal');
    }
  });
});

describe('catalog schema', () => {
  const valid = () => structuredClone(buildCatalog(rawCatalog)) as ReturnType<typeof loadCatalog>;

  it('accepts the bundled catalog', () => {
    expect(CatalogSchema.safeParse(valid()).success).toBe(true);
  });

  it.each<[string, (catalog: ReturnType<typeof valid>) => void]>([
    ['a duplicate item id', (c) => c.items.push({ ...c.items[0]! })],
    ['a question covering an unknown item', (c) => c.questionSets.quick[0]!.covers.push('A.9.1')],
    ['a mandatory document naming an unknown item', (c) => (c.mandatoryDocuments[0]!.item = '11.1')],
    ['a mandatory document without its kind', (c) => delete (c.mandatoryDocuments[0] as { kind?: string }).kind],
    ['a kind that is neither document nor record', (c) => ((c.mandatoryDocuments[1] as { kind: string }).kind = 'plan')],
    ['a mandatory document naming a control', (c) => (c.mandatoryDocuments[2]!.item = 'A.5.1')],
    ['no risk treatment plan among the mandatory documents', (c) => (c.mandatoryDocuments = c.mandatoryDocuments.filter((doc) => doc.id !== 'risk-treatment-plan'))],
    ['an Annex A document naming a clause', (c) => (c.annexADocuments[0]!.item = '5.2')],
    ['an Annex A document reusing a mandatory document id', (c) => (c.annexADocuments[0]!.id = 'isms-scope')],
    ['a common gap naming an unknown item', (c) => c.commonGaps[0]!.items.push('A.5.99')],
    ['placeholder help text', (c) => (c.items[3]!.help = 'TODO write the help text for this one')],
    ['an empty question', (c) => (c.items[5]!.question = '   ')],
    ['an item in the wrong group', (c) => (c.items[40]!.group = 'A.8')],
    ['a weight out of range', (c) => ((c.items[7] as { weight: number }).weight = 5)],
    ['an unknown field', (c) => Object.assign(c.items[2]!, { extra: true })],
    ['a control without a suggested inclusion', (c) => delete c.items.find((item) => item.id === 'A.6.1')!.inclusion],
    ['a clause with a suggested inclusion', (c) => (c.items[0]!.inclusion = { reason: 'risk', text: 'Clauses are never optional anyway.' })],
    ['an unknown inclusion reason', (c) => ((c.items.find((item) => item.id === 'A.6.1')!.inclusion as { reason: string }).reason = 'whim')],
    ['a retired question id used again', (c) => (c.retiredQuestions![0]!.id = c.questionSets.quick[0]!.id)],
    ['a retired question covering an unknown item', (c) => c.retiredQuestions![0]!.covers.push('A.5.99')],
  ])('rejects %s', (_, mutate) => {
    const catalog = valid();
    mutate(catalog);
    expect(CatalogSchema.safeParse(catalog).success).toBe(false);
  });
});
