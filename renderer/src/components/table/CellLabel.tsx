import type { ReactNode } from 'react';

/**
 * A cell's name and, beneath it in small type, its unit or context. Either may be typed
 * by users (indicator names, units), so each finds its own writing direction.
 */
export function CellLabel({ label, sub }: { label: string; sub: ReactNode }) {
  return (
    <>
      <span dir="auto">{label}</span>
      <span className="cell-sub" dir="auto">
        {sub}
      </span>
    </>
  );
}
