import type { ReactNode } from 'react';

interface FactProps {
  term: string;
  /** The value, in the `dd`. */
  children: ReactNode;
  /** A second line under the value, e.g. what the figure leaves out. */
  note?: ReactNode;
  className?: string | undefined;
  testId?: string | undefined;
  /** For values typed by users, which may run right to left. */
  dir?: 'auto' | undefined;
  title?: string | undefined;
}

/** One term and its value in a `dl` of facts. */
export function Fact({ term, children, note, className, testId, dir, title }: FactProps) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={className} data-testid={testId} dir={dir} title={title}>
        {children}
      </dd>
      {note !== undefined && <dd className="facts__note">{note}</dd>}
    </div>
  );
}
