import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/form/choices';
import type { SectionProps } from './sectionProps';

/**
 * Draft or ready. A new stream starts as a draft (concept) that no calculation uses;
 * ticking "ready" asks for the budget and eligibility to be chosen on purpose first, so a
 * stream saved half set up can never quietly fund the whole portfolio.
 */
export function StatusFields({ formId, draft, update, errorsFor }: SectionProps) {
  const { t } = useTranslation();
  return (
    <div className="stream-status" data-testid="stream-status" data-draft={draft.draft}>
      <CheckboxField
        formId={formId}
        name="draft"
        label={t('streamStatus.ready')}
        checked={!draft.draft}
        onChange={(ready) => update({ draft: !ready })}
        errors={errorsFor('draft')}
      />
      <p className={draft.draft ? 'alert alert--warning' : 'field__hint'} role="note">
        {draft.draft ? t('streamStatus.draftNote') : t('streamStatus.readyNote')}
      </p>
    </div>
  );
}
