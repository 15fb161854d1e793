import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWith } from '../../../../../src/model/parse';
import type { CostCategory } from '../../../../../src/model/stream';
import { nameSchema } from '../../../../../src/model/text';
import { Icon } from '../../../components/Icon';
import { sentence } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { CostLineFields } from './CostLineFields';

interface AddCostLineProps {
  /** Resolves to an error message to show, or null when the line was added. */
  onAdd: (category: CostCategory, label: string) => Promise<string | null>;
}

/** A category and a label make a new, empty cost line; amounts go into the grid. */
export function AddCostLine({ onAdd }: AddCostLineProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const formId = useId().replace(/:/g, '');
  const [category, setCategory] = useState<CostCategory | ''>('');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<{ category: string[]; label: string[] }>({ category: [], label: [] });
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = parseWith(nameSchema, label, lang);
    const found = {
      category: category === '' ? [t('builder.categoryRequired')] : [],
      label: name.ok ? [] : name.issues.map((issue) => sentence(issue.message)),
    };
    setErrors(found);
    if (category === '' || !name.ok) return;
    setBusy(true);
    const problem = await onAdd(category, name.value);
    setBusy(false);
    if (problem !== null) {
      setErrors({ category: [], label: [problem] });
      return;
    }
    setLabel('');
  };

  return (
    <form
      className="add-line"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={`${formId}-title`}
      data-testid="add-line"
    >
      <h3 id={`${formId}-title`} className="add-line__title">
        {t('builder.addTitle')}
      </h3>
      <div className="add-line__fields">
        <CostLineFields
          formId={formId}
          category={category}
          onCategory={setCategory}
          choosePrompt
          categoryErrors={errors.category}
          label={label}
          onLabel={setLabel}
          labelErrors={errors.label}
        />
        <button
          type="submit"
          className="button add-line__button"
          disabled={busy}
          data-testid="add-line-submit"
        >
          <Icon name="plus" />
          {t('builder.addButton')}
        </button>
      </div>
    </form>
  );
}
