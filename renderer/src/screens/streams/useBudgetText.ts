import { useTranslation } from 'react-i18next';
import type { BudgetSummary } from '../../domain/budget';
import { formatMoney, formatYearRange } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

/** A stream's yearly budget for the list: the amount, and for a schedule the years it covers. */
export function useBudgetText(): (summary: BudgetSummary) => { text: string; note?: string } {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (summary) => {
    switch (summary.kind) {
      case 'unlimited':
        return { text: t('streams.budget.unlimited') };
      case 'fixed':
        return { text: formatMoney(summary.amount, locale) };
      case 'schedule':
        return {
          text:
            summary.min === summary.max
              ? formatMoney(summary.max, locale)
              : t('streams.budget.range', {
                  min: formatMoney(summary.min, locale),
                  max: formatMoney(summary.max, locale),
                }),
          note: t('streams.budget.scheduleYears', { years: formatYearRange(summary.first, summary.last) }),
        };
      case 'empty-schedule':
        return { text: formatMoney(0, locale) };
      default: {
        const never: never = summary;
        return never;
      }
    }
  };
}
