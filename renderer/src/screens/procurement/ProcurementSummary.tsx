import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { DataTable } from '../../components/table/DataTable';
import { formatMoneyRounded, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { useLatestRequest } from '../../state/useLatestRequest';
import { useWorkspaceData } from '../../state/workspaceContext';
import { AnalysisRegion } from '../analysis/AnalysisRegion';
import { regionState } from '../portfolio/useScenarioAnalysis';

const analyse = () => api.procurement.analysis({});

/** Per year: awarded to cooperatives and its share of the relevant purchasing, reserved contracts, Social Return. */
export function ProcurementSummary() {
  const { t } = useTranslation();
  const data = useWorkspaceData();
  const { locale } = useLang();
  const analysis = useLatestRequest(
    analyse,
    undefined,
    JSON.stringify([data.info.lastSavedAt, data.procurement]),
  );
  const years = analysis.value?.years ?? [];
  const share = (value: number | null) => (value === null ? '–' : formatPercent(value, locale, 2));
  return (
    <AnalysisRegion
      titleId="procurement-summary-title"
      title={t('procurement.summaryTitle')}
      {...regionState(analysis)}
      computingText={t('portfolio.computing')}
      testId="procurement-summary"
    >
      {years.length === 0 ? (
        <p className="muted">{t('procurement.noData')}</p>
      ) : (
        <DataTable
          className="table procurement-table"
          testId="procurement-years"
          columns={[
            { label: t('procurement.columns.year') },
            { label: t('procurement.columns.volume'), num: true },
            { label: t('procurement.columns.awarded'), num: true },
            { label: t('procurement.columns.share'), num: true },
            { label: t('procurement.columns.reserved'), num: true },
            { label: t('procurement.columns.reservedCount'), num: true },
            { label: t('procurement.columns.socialReturn'), num: true },
          ]}
        >
          <tbody>
            {years.map((y) => (
              <tr key={y.year} data-testid={`procurement-year-${y.year}`}>
                <th scope="row">{y.year}</th>
                <td className="num">{y.volume === null ? '–' : formatMoneyRounded(y.volume, locale)}</td>
                <td className="num">{formatMoneyRounded(y.awarded, locale)}</td>
                <td className="num" data-testid={`procurement-share-${y.year}`}>
                  {share(y.share)}
                </td>
                <td className="num">{formatMoneyRounded(y.reserved, locale)}</td>
                <td className="num">{y.reservedContracts}</td>
                <td className="num">{formatMoneyRounded(y.socialReturn, locale)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </AnalysisRegion>
  );
}
