import { useTranslation } from 'react-i18next';

interface ComparisonHeadProps {
  /** Heading of the first column (what the rows are). */
  rowLabel: string;
  /** The compared scenarios' names; the first is the reference. */
  names: readonly string[];
  /** Heading of the difference column of one scenario against the reference. */
  differenceLabel: (name: string) => string;
}

/** The header row of a comparison table: one column per scenario, then one difference per non-reference scenario. */
export function ComparisonHead({ rowLabel, names, differenceLabel }: ComparisonHeadProps) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{rowLabel}</th>
        {names.map((name, i) => (
          <th key={`s-${i}`} scope="col" className="num compare__name">
            {name}
            {i === 0 && <span className="cell-sub">{t('compare.reference')}</span>}
          </th>
        ))}
        {names.slice(1).map((name, i) => (
          <th key={`d-${i}`} scope="col" className="num compare__name">
            {differenceLabel(name)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
