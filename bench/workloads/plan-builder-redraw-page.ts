/**
 * The part of the plan-builder-redraw benchmark that runs inside the page, installed
 * with `page.addInitScript` before the app loads. It is plain JavaScript in a string:
 * the benchmark's tsconfig has no DOM types, and the page must not depend on the bundle.
 *
 * `window.__redraw.arm(expect)` is called before the Enter key of an edit. It notes the
 * funding chart's bar geometry as it is, then watches the document: the edit counts as
 * shown once the analysis region says `current`, the allocation table's total cost and
 * the funding chart's drawn total equal the expected new total, and the chart's bars are
 * drawn differently than before the edit. The clock starts at the Enter keydown's own
 * timestamp (the moment the browser received the key) and stops at the first animation
 * frame after the document shows all of that (the frame that paints it).
 */
export const REDRAW_PAGE_SCRIPT = String.raw`
(() => {
  const near = (a, b) => Math.abs(a - b) < 0.005;
  const bars = () =>
    Array.from(document.querySelectorAll('[data-testid=chart-funding] .recharts-bar-rectangle path'))
      .map((path) => path.getAttribute('d'))
      .join('|');
  const shown = (expect, barsBefore) => {
    const region = document.querySelector('[data-testid=plan-analysis]');
    if (region === null || region.getAttribute('data-state') !== 'current') return false;
    const costCells = document.querySelectorAll('[data-testid=allocation-total-cost] td[data-value]');
    const tableTotal = costCells.length === 0 ? NaN : Number(costCells[costCells.length - 1].getAttribute('data-value'));
    if (!near(tableTotal, expect.total)) return false;
    const chart = document.querySelector('[data-testid=chart-funding]');
    if (chart === null || !near(Number(chart.getAttribute('data-total')), expect.total)) return false;
    const now = bars();
    return now !== '' && now !== barsBefore;
  };
  let keyAt = null;
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && keyAt === null) keyAt = event.timeStamp;
    },
    true,
  );
  window.__redraw = {
    /** Resolves with { keyAt, shownAt, paintedAt } (performance.now() milliseconds). */
    arm(expect) {
      keyAt = null;
      const barsBefore = bars();
      window.__redraw.done = new Promise((resolve) => {
        let finished = false;
        const check = () => {
          if (finished || keyAt === null || !shown(expect, barsBefore)) return;
          finished = true;
          observer.disconnect();
          const shownAt = performance.now();
          requestAnimationFrame(() => resolve({ keyAt, shownAt, paintedAt: performance.now() }));
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    done: null,
    /** The API calls the page made since 'since': name, start and end (performance.now()). */
    calls(since) {
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/api/') && entry.startTime >= since)
        .map((entry) => ({
          op: entry.name.slice(entry.name.indexOf('/api/') + 5),
          start: entry.startTime,
          end: entry.responseEnd,
        }));
    },
  };
  // The default buffer (250 entries) fills after a few dozen edits; old ones are not needed.
  performance.setResourceTimingBufferSize(100000);
})();
`;
