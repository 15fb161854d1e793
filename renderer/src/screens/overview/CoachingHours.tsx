import { useTranslation } from 'react-i18next';
import type { CooperativeJson } from '../../../../src/model/cooperative';
import { coachingHoursByMonth } from '../../../../src/model/pipeline';
import { formatMonth } from '../../domain/dates';
import { formatNumber } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { Panel } from '../shared/Panel';
import { BarTable } from './BarTable';

/** The overview shows a year of months; the total below counts every month recorded. */
const MONTHS_SHOWN = 12;

/** Coaching hours of all cooperatives together, per month, with how many were coached. */
export function CoachingHours({ cooperatives }: { cooperatives: readonly CooperativeJson[] }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const months = coachingHoursByMonth(
    cooperatives.map((c) => ({ stage: c.stage, stageHistory: [], coachingHours: c.coachingHours ?? [] })),
  );
  const shown = months.slice(-MONTHS_SHOWN);
  const total = months.reduce((sum, m) => sum + m.hours, 0);
  return (
    <Panel
      title={t('overview.coachingHours.title')}
      titleId="coaching-hours-title"
      testId="coaching-hours-overview"
    >
      {months.length === 0 ? (
        <p className="muted">{t('overview.coachingHours.empty')}</p>
      ) : (
        <>
          <BarTable
            caption={t('overview.coachingHours.title')}
            labelHeader={t('overview.coachingHours.month')}
            numberHeaders={[t('overview.coachingHours.hours'), t('overview.coachingHours.cooperatives')]}
            rows={shown.map((m) => ({
              key: m.month,
              data: { 'data-month': m.month },
              label: formatMonth(m.month, locale),
              cells: [formatNumber(m.hours, locale, 1), formatNumber(m.cooperatives, locale)],
              size: m.hours,
            }))}
          />
          <p className="muted" data-testid="coaching-hours-overview-total">
            {t(
              months.length > MONTHS_SHOWN
                ? 'overview.coachingHours.totalMore'
                : 'overview.coachingHours.total',
              {
                hours: formatNumber(total, locale, 1),
                count: months.length,
                shown: MONTHS_SHOWN,
              },
            )}
          </p>
        </>
      )}
    </Panel>
  );
}
