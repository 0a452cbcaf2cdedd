import { KioskHeading } from './Heading';

/** What "Operator" shows before any PIN exists: where staff set the first one, and the way back. */
export function NoPinYet({ onBack }: { onBack: () => void }) {
  return (
    <main class="kiosk-page kiosk-no-pin">
      <KioskHeading>No operator PIN yet</KioskHeading>
      <p class="kiosk-lead">
        For staff: set the first operator PIN in the extension's Settings page, under Kiosk. Until then the operator panel
        stays closed and visitors are not offered to keep their results.
      </p>
      <button type="button" class="primary kiosk-start" onClick={onBack}>
        Back to the welcome
      </button>
    </main>
  );
}
