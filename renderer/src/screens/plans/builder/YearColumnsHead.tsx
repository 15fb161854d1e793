import { useTranslation } from 'react-i18next';

/** The header row of a plan's year grid: what the rows are, one column per year, the total. */
export function YearColumnsHead({ rowHeader, years }: { rowHeader: string; years: readonly number[] }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">{rowHeader}</th>
        {years.map((year) => (
          <th key={year} scope="col" className="num">
            {year}
          </th>
        ))}
        <th scope="col" className="num">
          {t('common.total')}
        </th>
      </tr>
    </thead>
  );
}
