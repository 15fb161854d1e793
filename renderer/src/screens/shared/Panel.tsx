import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** The heading's id, which names the section for screen readers. */
  titleId: string;
  /** A paragraph under the title that says what the panel is for. */
  intro?: string | undefined;
  /** Added to `panel`, for a panel with its own layout. */
  className?: string | undefined;
  testId?: string | undefined;
  children: ReactNode;
}

/** A titled block of a screen: a section named by its own h2. */
export function Panel({ title, titleId, intro, className, testId, children }: PanelProps) {
  return (
    <section
      className={className === undefined ? 'panel' : `panel ${className}`}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <h2 id={titleId} className="panel__title">
        {title}
      </h2>
      {intro !== undefined && <p>{intro}</p>}
      {children}
    </section>
  );
}
