import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { KioskResult } from '../../components/kiosk/Result';
import { KioskThanks } from '../../components/kiosk/Thanks';
import { NoPinYet } from '../../components/kiosk/NoPinYet';
import type { VisitSummary } from '../../lib/kiosk';
import type { Certainty, Verdict } from '../../lib/scoring';

// Words a booth visitor should not have to know.
const jargon = /Stage [12]|documented information|mandatory|Annex|clause|nonconformit/i;

const verdicts: Verdict[] = ['not-ready', 'stage1-ready', 'stage2-ready'];
const certainties: Certainty[] = ['indicative', 'confirmed'];

function summary(verdict: Verdict, certainty: Certainty): VisitSummary {
  return {
    overall: 0.42,
    coverage: 0.6,
    confidence: 'medium',
    verdict,
    certainty,
    toConfirm: 12,
    answered: 20,
    topGaps: [{ questionId: 'quick.scope-context', title: 'A written scope', level: 1 }],
  } as VisitSummary;
}

describe("the kiosk's visible words", () => {
  it.each(verdicts.flatMap((verdict) => certainties.map((certainty) => [verdict, certainty] as const)))(
    'the result for %s (%s) speaks plainly',
    (verdict, certainty) => {
      const { container } = render(
        <KioskResult summary={summary(verdict, certainty)} canKeep onSize={() => {}} onKeep={() => {}} onDone={() => {}} onBack={() => {}} />,
      );
      expect(container.textContent).not.toMatch(jargon);
    },
  );

  it('keeping is the primary action when it is offered, finishing when it is not', () => {
    const props = { summary: summary('not-ready', 'indicative'), onSize: () => {}, onKeep: () => {}, onDone: () => {}, onBack: () => {} };
    const offered = render(<KioskResult {...props} canKeep />);
    expect(offered.container.querySelector('button.primary')?.textContent).toBe('Keep my results');
    offered.unmount();
    const notOffered = render(<KioskResult {...props} canKeep={false} />);
    expect(notOffered.container.querySelector('button.primary')?.textContent).toBe('Finish and clear');
  });

  it.each([
    ['thanks after keeping', <KioskThanks kept onDone={() => {}} />, /contact details are kept/],
    ['thanks without keeping', <KioskThanks onDone={() => {}} />, /Nothing was kept/],
    ['operator with no PIN', <NoPinYet onBack={() => {}} />, /Settings page/],
  ])('%s says so plainly', (_, screen, expected) => {
    const { container } = render(screen);
    expect(container.textContent).toMatch(expected);
    expect(container.textContent).not.toMatch(jargon);
  });
});
