import type { ReactNode } from 'react';
import { MAIN_HEADING_ID } from './focus';

/** The screen's one h1; focusable from script so a route change can move focus to it. */
export function PageHeading({
  title,
  intro,
  actions,
}: {
  title: string;
  intro?: string;
  actions?: ReactNode;
}) {
  return (
    <div className="page-heading">
      <div>
        <h1 id={MAIN_HEADING_ID} tabIndex={-1}>
          {title}
        </h1>
        {intro !== undefined && <p className="page-heading__intro">{intro}</p>}
      </div>
      {actions !== undefined && <div className="page-heading__actions">{actions}</div>}
    </div>
  );
}
