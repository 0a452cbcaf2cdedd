import { KioskHeading } from './Heading';

/**
 * The last screen: says what, if anything, was kept, and returns to the welcome by itself after a few seconds.
 */
export function KioskThanks({ kept = false, onDone }: { kept?: boolean; onDone: () => void }) {
  return (
    <main class="kiosk-page kiosk-thanks">
      <KioskHeading>Thank you</KioskHeading>
      {kept ? (
        <p class="kiosk-lead" data-testid="kiosk-kept">
          Your result, your answers and your contact details are kept for the team at this stand, who will be in touch.
          Ask them at any time to delete them. Nothing else stays on this screen.
        </p>
      ) : (
        <p class="kiosk-lead" data-testid="kiosk-kept">
          Nothing was kept: your answers are cleared from this screen.
        </p>
      )}
      <p>Enjoy the rest of your visit.</p>
      <button type="button" class="primary kiosk-start" onClick={onDone}>
        Done
      </button>
    </main>
  );
}
