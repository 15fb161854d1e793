import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardOutcomeJson } from '../../../../../src/contract';
import type { AwardJson } from '../../../../../src/model/award';
import { EmptyState } from '../../../components/EmptyState';
import { Icon } from '../../../components/Icon';
import { RowActions } from '../../../components/RowActions';
import { formatMoney } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { useWorkspace, useWorkspaceData } from '../../../state/workspaceContext';
import type { PlanSaver } from '../builder/usePlanSaver';
import { AwardEditor } from './AwardEditor';
import { withoutAward } from './awardDraft';
import { formatDay } from './awardFormat';
import { AwardStatusBadge } from './AwardStatusBadge';
import './awards.css';

const TITLE_ID = 'plan-awards-title';

interface AwardsSectionProps {
  saver: PlanSaver;
  /** What the plan's blend made of each award; null while it is being computed. */
  outcomes: readonly AwardOutcomeJson[] | null;
}

/** Applied on / decided on / reference, as one short line. */
function AwardDates({ award }: { award: AwardJson }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const parts = [
    award.appliedOn === undefined
      ? null
      : t('awards.appliedOnShort', { date: formatDay(award.appliedOn, locale) }),
    award.decidedOn === undefined
      ? null
      : t('awards.decidedOnShort', { date: formatDay(award.decidedOn, locale) }),
    award.reference === undefined ? null : t('awards.referenceShort', { reference: award.reference }),
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return <span className="muted">{t('common.notSet')}</span>;
  return (
    <span className="award-dates" dir="auto">
      {parts.join('; ')}
    </span>
  );
}

/**
 * The plan's applications and awards (issue 14): per funding stream what was asked for,
 * what the decision letter (beschikking) says and when it must be accounted for, with
 * what the blend made of it. Changed through the builder's saver, so every change is one
 * undoable step like an edit in the grid.
 */
export function AwardsSection({ saver, outcomes }: AwardsSectionProps) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const { announce } = useWorkspace();
  const { streams } = useWorkspaceData();
  const [editing, setEditing] = useState<{ index: number | null } | null>(null);
  const awards = saver.shown.awards ?? [];
  const nameOf = (id: string) => streams.find((s) => s.id === id)?.name ?? id;
  const outcomeOf = (streamId: string) => outcomes?.find((o) => o.streamId === streamId);
  const money = (euros: number | undefined) =>
    euros === undefined ? (
      <span className="muted">{t('common.notSet')}</span>
    ) : (
      formatMoney(euros, locale, true)
    );

  const remove = async (index: number, stream: string) => {
    const result = await saver.save((plan) => withoutAward(plan, index));
    if (result.ok) announce('success', t('awards.removed', { stream }));
    else announce('error', result.error.message);
    // The row and its buttons are gone; the section's heading is the nearest place to resume.
    document.getElementById(TITLE_ID)?.focus();
  };

  return (
    <section aria-labelledby={TITLE_ID} className="builder-awards" data-testid="awards">
      <h2 id={TITLE_ID} className="section-title" tabIndex={-1}>
        {t('awards.title')}
      </h2>
      <p className="field__hint">{t('awards.intro')}</p>
      {awards.length === 0 ? (
        <EmptyState text={t('awards.empty')} testId="awards-empty" />
      ) : (
        <div className="table-wrap">
          <table className="table awards-table" data-testid="awards-table">
            <caption className="visually-hidden">{t('awards.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('awards.columns.stream')}</th>
                <th scope="col">{t('awards.columns.status')}</th>
                <th scope="col" className="num">
                  {t('awards.columns.requested')}
                </th>
                <th scope="col" className="num">
                  {t('awards.columns.granted')}
                </th>
                <th scope="col">{t('awards.columns.dates')}</th>
                <th scope="col">{t('awards.columns.reportDue')}</th>
                <th scope="col" className="actions-col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            {awards.map((award, index) => {
              const stream = nameOf(award.streamId);
              const outcome = outcomeOf(award.streamId);
              return (
                // One body per award: its facts, then what the blend made of it across the table.
                <tbody
                  key={award.streamId}
                  className="table-entry"
                  data-testid="award-row"
                  data-stream={award.streamId}
                >
                  <tr>
                    <th scope="row" dir="auto">
                      {stream}
                    </th>
                    <td>
                      <AwardStatusBadge status={award.status} />
                    </td>
                    <td className="num">{money(award.requested)}</td>
                    <td className="num" data-testid="award-granted">
                      {money(award.granted)}
                    </td>
                    <td>
                      <AwardDates award={award} />
                    </td>
                    <td className="nowrap">
                      {award.reportDue === undefined ? (
                        <span className="muted">{t('common.notSet')}</span>
                      ) : (
                        formatDay(award.reportDue, locale)
                      )}
                    </td>
                    <RowActions
                      name={stream}
                      onEdit={() => setEditing({ index })}
                      onDelete={() => void remove(index, stream)}
                    />
                  </tr>
                  <tr className="table-entry__more">
                    <td
                      colSpan={7}
                      className={`award-outcome${outcome !== undefined && outcome.shortfall > 0 ? ' award-outcome--short' : ''}`}
                      data-testid="award-outcome"
                      aria-live="polite"
                    >
                      {outcome === undefined ? (
                        <span className="muted">{t('awards.outcomePending')}</span>
                      ) : (
                        <>
                          <span className="visually-hidden">{t('awards.blendSays')}: </span>
                          {outcome.message}
                        </>
                      )}
                    </td>
                  </tr>
                  {award.note !== undefined && award.note !== '' && (
                    <tr className="table-entry__more">
                      <td colSpan={7} className="award-outcome" dir="auto">
                        {award.note}
                      </td>
                    </tr>
                  )}
                </tbody>
              );
            })}
          </table>
        </div>
      )}
      <button
        type="button"
        className="button"
        onClick={() => setEditing({ index: null })}
        data-testid="add-award"
        disabled={streams.length === 0}
      >
        <Icon name="plus" />
        {t('awards.add')}
      </button>
      {streams.length === 0 && <p className="field__hint">{t('awards.noStreams')}</p>}
      {editing !== null && (
        <AwardEditor saver={saver} index={editing.index} streams={streams} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
