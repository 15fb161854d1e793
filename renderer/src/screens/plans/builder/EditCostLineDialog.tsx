import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseWith } from '../../../../../src/model/parse';
import type { Sector } from '../../../../../src/model/cooperative';
import type { CostCategory } from '../../../../../src/model/stream';
import { nameSchema } from '../../../../../src/model/text';
import { Modal } from '../../../components/Modal';
import { sentence } from '../../../domain/format';
import { useLang } from '../../../i18n/useLang';
import { SaveCancelFooter } from '../../../components/form/SaveCancelFooter';
import type { CostLineChange } from '../../../domain/planEdits';
import { continuesChoiceOf, continuesOf, type ContinuesChoice } from '../../../domain/costLineContinues';
import { ContinuesField } from './ContinuesField';
import { CostLineFields } from './CostLineFields';
import { CostSectorField } from './CostSectorField';

interface EditCostLineDialogProps {
  line: {
    label: string;
    category: CostCategory;
    continues?: boolean | undefined;
    sector?: Sector | undefined;
  };
  /** Resolves to an error message to show, or null when saved (the dialog then closes). */
  onSave: (change: CostLineChange) => Promise<string | null>;
  onClose: () => void;
}

/** Renames a cost line or changes its category, sector or continuation; its amounts and locks stay as they are. */
export function EditCostLineDialog({ line, onSave, onClose }: EditCostLineDialogProps) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const formId = useId().replace(/:/g, '');
  const [category, setCategory] = useState<CostCategory>(line.category);
  const [label, setLabel] = useState(line.label);
  const [continues, setContinues] = useState<ContinuesChoice>(continuesChoiceOf(line.continues));
  const [sector, setSector] = useState<Sector | ''>(line.sector ?? '');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const name = parseWith(nameSchema, label, lang);
    if (!name.ok) {
      setErrors(name.issues.map((issue) => sentence(issue.message)));
      return;
    }
    setBusy(true);
    const problem = await onSave({
      category,
      label: name.value,
      continues: continuesOf(continues),
      sector: sector === '' ? undefined : sector,
    });
    setBusy(false);
    if (problem === null) onClose();
    else setErrors([problem]);
  };

  return (
    <Modal
      titleId={`${formId}-title`}
      title={t('builder.editLineTitle', { label: line.label })}
      onClose={onClose}
      testId="edit-line-dialog"
    >
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${formId}-title`}>
        <div className="modal__body">
          <CostLineFields
            formId={formId}
            category={category}
            onCategory={(value) => value !== '' && setCategory(value)}
            choosePrompt={false}
            label={label}
            onLabel={(value) => {
              setLabel(value);
              setErrors([]);
            }}
            labelErrors={errors}
          />
          <CostSectorField formId={formId} value={sector} onChange={setSector} />
          <ContinuesField formId={formId} category={category} value={continues} onChange={setContinues} />
        </div>
        <SaveCancelFooter
          onCancel={onClose}
          saving={busy}
          saveTestId="edit-line-save"
          operation="plans.update"
        />
      </form>
    </Modal>
  );
}
