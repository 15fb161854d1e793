const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** The element a dialog should start on: one marked `data-autofocus`, else its first field. */
export function initialFocusTarget(root: HTMLElement): HTMLElement | null {
  return (
    root.querySelector<HTMLElement>('[data-autofocus]') ??
    root.querySelector<HTMLElement>(`.modal__content :is(${FOCUSABLE})`) ??
    root.querySelector<HTMLElement>(FOCUSABLE)
  );
}

/** The id of the page heading; focus lands there when the element that had it is gone. */
export const MAIN_HEADING_ID = 'main-heading';

export function restoreFocus(previous: HTMLElement | null): void {
  if (previous !== null && previous.isConnected) {
    previous.focus();
    return;
  }
  document.getElementById(MAIN_HEADING_ID)?.focus();
}
