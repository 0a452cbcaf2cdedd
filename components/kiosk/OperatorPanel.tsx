import type { Question } from '../../lib/catalog';
import type { KioskStore } from '../../lib/state/kiosk-store';
import { KioskHeading } from './Heading';
import { KioskKeptResults } from './KeptResults';
import { KioskSettingsForm } from './SettingsForm';

interface Props {
  store: KioskStore;
  hasPin: boolean;
  questions: readonly Question[];
  /** Quick-scan questions a later catalog retired: visits kept before the update may hold answers to them. */
  retiredQuestions: readonly Question[];
  onLock: () => void;
  onExit: () => void;
}

/** Behind the PIN: kept results, export, delete, settings, and the way out of the kiosk. */
export function OperatorPanel({ store, hasPin, questions, retiredQuestions, onLock, onExit }: Props) {
  return (
    <main class="kiosk-page kiosk-operator">
      <div class="spread">
        <KioskHeading>Operator</KioskHeading>
        <nav class="row" aria-label="Operator">
          <button type="button" class="primary" onClick={onLock}>
            Lock and return to the welcome
          </button>
          <button type="button" onClick={onExit}>
            Exit kiosk
          </button>
        </nav>
      </div>
      {hasPin ? (
        <KioskKeptResults store={store} questions={questions} retiredQuestions={retiredQuestions} />
      ) : (
        <p class="card">
          No operator PIN is set yet. Set one below: until then visitors are not offered to keep their results, and anyone
          can open this panel.
        </p>
      )}
      <KioskSettingsForm unlocked />
    </main>
  );
}
