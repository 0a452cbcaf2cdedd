import { useEffect, useRef } from 'preact/hooks';

interface Props {
  seconds: number;
  onContinue: () => void;
}

/** "Still there?": covers the screen in the last seconds before the kiosk wipes it; a tap anywhere continues. */
export function IdleCountdown({ seconds, onContinue }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  // Focus goes back where it was when the visitor continues.
  const previous = useRef(document.activeElement);
  useEffect(() => {
    button.current?.focus();
    const before = previous.current;
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <div
      class="kiosk-idle"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="kiosk-idle-title"
      aria-describedby="kiosk-idle-text"
      onClick={onContinue}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onContinue();
      }}
    >
      <div class="kiosk-idle-box">
        <h2 id="kiosk-idle-title">Still there?</h2>
        <p id="kiosk-idle-text">
          This screen clears itself for the next visitor in{' '}
          <strong class="kiosk-idle-seconds" data-testid="idle-seconds">
            {seconds}
          </strong>{' '}
          {seconds === 1 ? 'second' : 'seconds'}.
        </p>
        <button type="button" class="primary kiosk-start" ref={button}>
          Tap to continue
        </button>
      </div>
    </div>
  );
}
