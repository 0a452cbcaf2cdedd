/**
 * Full screen for the kiosk, when the browser allows it. It needs a user's gesture and may be refused (an
 * embedded or locked-down browser): the kiosk's CSS already fills the viewport, so a refusal changes nothing.
 */
export async function enterFullscreen(doc: Document = document): Promise<boolean> {
  if (doc.fullscreenElement) return true;
  if (!doc.fullscreenEnabled || typeof doc.documentElement.requestFullscreen !== 'function') return false;
  try {
    await doc.documentElement.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

/** Leaves full screen and replaces the kiosk with the workspace, so Back does not return to the kiosk. */
export async function leaveKiosk(doc: Document = document, location: Location = window.location): Promise<void> {
  if (doc.fullscreenElement) await doc.exitFullscreen().catch(() => undefined);
  location.replace(new URL('app.html', location.href).href);
}
