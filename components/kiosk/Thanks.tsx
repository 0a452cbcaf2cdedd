import { KioskHeading } from './Heading';

/** The last screen: it returns to the welcome by itself after a few seconds. */
export function KioskThanks({ onDone }: { onDone: () => void }) {
  return (
    <main class="kiosk-page kiosk-thanks">
      <KioskHeading>Thank you</KioskHeading>
      <p class="kiosk-lead">Your answers are cleared from this screen. Enjoy the rest of your visit.</p>
      <button type="button" class="primary kiosk-start" onClick={onDone}>
        Done
      </button>
    </main>
  );
}
