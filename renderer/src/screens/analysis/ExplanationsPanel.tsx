import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closesGap } from '../../domain/analysis/explanations';
import type { Explanation } from '../../domain/analysis/types';
import { formatMoney } from '../../domain/format';
import { useLang } from '../../i18n/useLang';
import { explanationsShown } from './explanationsShown';

interface ExplanationsPanelProps {
  explanations: readonly Explanation[];
  gap: number;
  names: { stream: (id: string) => string; plan: (id: string) => string };
  /** The portfolio names the plan of each explanation; the plan builder shows one plan only. */
  showPlan?: boolean;
}

/** A portfolio can have dozens; the ones that matter most come first, the rest on request. */
const FIRST_SHOWN = 8;

/**
 * Why the gap is what it is: each binding rule in the blend's words, with what relaxing
 * it would close. Without a gap there is nothing to explain (see explanationsShown).
 */
export function ExplanationsPanel({ explanations, gap, names, showPlan = false }: ExplanationsPanelProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const [showAll, setShowAll] = useState(false);
  const panel = explanationsShown(explanations, gap);
  if (panel === null) return null;
  const ordered = panel.items;
  const shown = showAll ? ordered : ordered.slice(0, FIRST_SHOWN);
  return (
    <section className="panel explanations" aria-labelledby="explanations-title" data-testid="explanations">
      <h3 id="explanations-title" className="panel__title">
        {panel.title === 'gap' ? t('explanations.title') : t('explanations.locksTitle')}
      </h3>
      {ordered.length === 0 ? (
        <p className="muted">{t('explanations.noneWithGap')}</p>
      ) : (
        <ul className="explanations__list">
          {shown.map((explanation, index) => {
            const warning = explanation.brokenByLock;
            const context = [
              showPlan && explanation.planId !== null ? names.plan(explanation.planId) : null,
              explanation.streamId === null ? null : names.stream(explanation.streamId),
              explanation.year === null ? null : String(explanation.year),
            ].filter((part): part is string => part !== null);
            return (
              <li
                key={`${explanation.rule}-${explanation.streamId ?? ''}-${explanation.year ?? ''}-${index}`}
                className={warning ? 'explanation explanation--warning' : 'explanation'}
                data-testid="explanation"
                data-rule={explanation.rule}
              >
                <p className="explanation__rule">
                  {warning && (
                    <span className="explanation__flag">
                      <span aria-hidden="true">⚠ </span>
                      {t('explanations.brokenByLock')}
                      {': '}
                    </span>
                  )}
                  <span className="strong">{t(`enums.blendRule.${explanation.rule}`)}</span>
                  {context.length > 0 && <span className="muted"> · {context.join(' · ')}</span>}
                </p>
                <p className="explanation__message" dir="auto">
                  {explanation.message}
                </p>
                {closesGap(explanation) && (
                  <p className="explanation__value" data-testid="explanation-value">
                    {t('explanations.valuePerEuro', { value: formatMoney(explanation.valuePerEuro, locale) })}
                  </p>
                )}
                {warning && explanation.excess !== null && (
                  <p className="explanation__value">
                    {t('explanations.excess', { amount: formatMoney(explanation.excess, locale) })}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {ordered.length > FIRST_SHOWN && (
        <button
          type="button"
          className="button button--small explanations__more"
          onClick={() => setShowAll(!showAll)}
          aria-expanded={showAll}
          data-testid="explanations-more"
        >
          {showAll ? t('explanations.showFewer') : t('explanations.showAll', { count: ordered.length })}
        </button>
      )}
    </section>
  );
}
