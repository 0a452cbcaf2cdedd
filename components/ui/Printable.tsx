import type { ComponentChildren } from 'preact';

interface Props {
  /** What the printout is titled, e.g. "Roadmap: Acme": printed only, the tab already says it on screen. */
  title: string;
  /** The print button's words, e.g. "Print the roadmap". */
  action: string;
  children: ComponentChildren;
}

/**
 * A view that prints on its own: the print rules in theme.css hide everything outside `.print-area` (the tabs,
 * the assessment list, the header), and the controls inside it (buttons, filters, check boxes).
 */
export function Printable({ title, action, children }: Props) {
  return (
    <div class="print-area stack">
      <div class="spread no-print">
        <p class="hint">Prints on its own, without the rest of the workspace. Save it as a PDF from the print dialog.</p>
        <button type="button" onClick={() => window.print()}>
          {action}
        </button>
      </div>
      <h2 class="print-only">{title}</h2>
      {children}
    </div>
  );
}
