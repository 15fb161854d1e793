import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { useLang } from '../../i18n/useLang';
import { useWorkspaceData } from '../../state/workspaceContext';
import { formatDay } from '../plans/awards/awardFormat';
import { useWeekAgenda } from './useWeekAgenda';
import { WeekGroup } from './WeekGroup';
import './week.css';

/**
 * "Deze week" (issue 14): the coach's Monday list. Reports due within two weeks or
 * overdue, decisions awaited longer than the stream's usual decision time, application
 * rounds about to close, grouped per coach. Today is the host's date.
 */
export function WeekScreen() {
  const { t } = useTranslation();
  const { locale } = useLang();
  const data = useWorkspaceData();
  const agenda = useWeekAgenda(data.info.lastSavedAt);
  const value = agenda.value;
  return (
    <>
      <PageHeading
        title={t('week.title')}
        {...(value === null
          ? {}
          : { intro: t('week.intro', { date: formatDay(value.today, locale), days: value.horizonDays }) })}
      />
      <ErrorAlert message={agenda.error?.message ?? null} />
      {agenda.error !== null && (
        <button type="button" className="button" onClick={agenda.retry}>
          {t('common.retry')}
        </button>
      )}
      {value !== null && value.groups.length === 0 && (
        <EmptyState text={t('week.empty')} testId="week-empty" />
      )}
      <div className="week" data-testid="week" aria-busy={agenda.updating}>
        {value?.groups.map((group, index) => (
          <WeekGroup key={group.coach ?? ''} group={group} index={index} />
        ))}
      </div>
    </>
  );
}
