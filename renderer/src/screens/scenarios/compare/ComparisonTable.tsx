import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TitledTable } from '../../../components/table/TableSection';

interface ComparisonTableProps {
  /** What is compared: names the heading's id and the table's test id. */
  subject: 'dimensions' | 'indicators';
  title: string;
  /** Heading of the first column (what the rows are). */
  rowLabel: string;
  /** The compared scenarios' names; the first is the reference. */
  names: readonly string[];
  /** Heading of the difference column of one scenario against the reference. */
  differenceLabel: (name: string) => string;
  /** The rows: per scenario a value, then per non-reference scenario its difference. */
  children: ReactNode;
}

/** A comparison table: one column per scenario, then one difference per non-reference scenario. */
export function ComparisonTable({
  subject,
  title,
  rowLabel,
  names,
  differenceLabel,
  children,
}: ComparisonTableProps) {
  const { t } = useTranslation();
  const columns = [
    { label: rowLabel },
    ...names.map((name, i) => ({
      label: (
        <>
          {name}
          {i === 0 && <span className="cell-sub">{t('compare.reference')}</span>}
        </>
      ),
      num: true,
      className: 'compare__name',
    })),
    ...names
      .slice(1)
      .map((name) => ({ label: differenceLabel(name), num: true, className: 'compare__name' })),
  ];
  return (
    <TitledTable
      titleId={`compare-${subject}-title`}
      title={title}
      table={{ className: 'table table--compact', testId: `compare-${subject}`, columns }}
    >
      {children}
    </TitledTable>
  );
}
