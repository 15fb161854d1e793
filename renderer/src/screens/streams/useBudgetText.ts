import { useTranslation } from 'react-i18next';
import type { BudgetSummary } from '../../domain/budget';
import { formatMoney, formatYearRange } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

/** A stream's yearly budget as one short phrase for the list. */
export function useBudgetText(): (summary: BudgetSummary) => string {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (summary) => {
    switch (summary.kind) {
      case 'unlimited':
        return t('streams.budget.unlimited');
      case 'fixed':
        return t('streams.budget.fixed', { amount: formatMoney(summary.amount, locale) });
      case 'schedule':
        return t('streams.budget.schedule', {
          min: formatMoney(summary.min, locale),
          max: formatMoney(summary.max, locale),
          years: formatYearRange(summary.first, summary.last),
        });
      case 'empty-schedule':
        return formatMoney(0, locale);
      default: {
        const never: never = summary;
        return never;
      }
    }
  };
}
