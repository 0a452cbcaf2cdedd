import { BrandMark } from '../ui/BrandMark';
import { useBrand } from '../ui/useBrand';
import { KioskHeading } from './Heading';

interface Props {
  questionCount: number;
  onStart: () => void;
  onOperator: () => void;
}

/** The first screen every visitor sees, and the one every reset returns to. */
export function KioskWelcome({ questionCount, onStart, onOperator }: Props) {
  const brand = useBrand().brand.value;
  return (
    <main class="kiosk-page kiosk-welcome">
      <BrandMark brand={brand} />
      <KioskHeading>How close are you to ISO 27001 certification?</KioskHeading>
      <p class="kiosk-lead">
        Answer {questionCount} quick questions — about five minutes — and see your readiness, what an auditor would say, and a
        rough cost and timeline.
      </p>
      <p class="muted">
        Your answers stay on this screen. They are wiped when you finish or walk away, and kept only if you ask.
      </p>
      <button type="button" class="primary kiosk-start" onClick={onStart}>
        Start
      </button>
      <footer class="kiosk-footer">
        <button type="button" class="kiosk-quiet" onClick={onOperator}>
          Operator
        </button>
      </footer>
    </main>
  );
}
