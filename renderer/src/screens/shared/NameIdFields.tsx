import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uniqueId } from '../../../../src/model/ids';
import { TextField } from '../../components/form/inputs';
import type { EntityEditor } from './useEntityEditor';

interface NameIdPairProps<NameField extends string> {
  formId: string;
  creating: boolean;
  takenIds: ReadonlySet<string>;
  /** The draft field holding the display name (`name`, or `label` for an indicator). */
  nameField: NameField;
  name: string;
  id: string;
  nameLabel: string;
  idLabel: string;
  /** Why the id can no longer change once the entity exists. */
  idFixedHint: string;
  errorsFor: (name: string) => string[];
  onChange: (patch: Partial<Record<NameField | 'id', string>>) => void;
}

/**
 * A display name and the id suggested from it. The id follows the name until the user
 * types one; after creation it never changes (other entities refer to it).
 */
export function NameIdPair<NameField extends string>({
  formId,
  creating,
  takenIds,
  nameField,
  name,
  id,
  nameLabel,
  idLabel,
  idFixedHint,
  errorsFor,
  onChange,
}: NameIdPairProps<NameField>) {
  const { t } = useTranslation();
  const [idTouched, setIdTouched] = useState(false);
  const setName = (text: string) => {
    const named = { [nameField]: text } as Partial<Record<NameField | 'id', string>>;
    if (creating && !idTouched)
      onChange({ ...named, id: text.trim() === '' ? '' : uniqueId(text, takenIds) });
    else onChange(named);
  };
  return (
    <>
      <TextField
        formId={formId}
        name={nameField}
        label={nameLabel}
        value={name}
        onChange={setName}
        errors={errorsFor(nameField)}
        maxLength={200}
      />
      <TextField
        formId={formId}
        name="id"
        label={idLabel}
        hint={creating ? t('form.idHintNew') : idFixedHint}
        value={id}
        onChange={(typed) => {
          setIdTouched(true);
          onChange({ id: typed } as Partial<Record<NameField | 'id', string>>);
        }}
        readOnly={!creating}
        errors={errorsFor('id')}
      />
    </>
  );
}

interface NameIdFieldsProps {
  editor: EntityEditor<{ name: string; id: string }>;
  takenIds: ReadonlySet<string>;
}

/** The name and id every entity starts with; the id is suggested from the name. */
export function NameIdFields({ editor, takenIds }: NameIdFieldsProps) {
  const { t } = useTranslation();
  const { section, formId, creating } = editor;
  const { draft, update, errorsFor } = editor.form;
  return (
    <NameIdPair
      formId={formId}
      creating={creating}
      takenIds={takenIds}
      nameField="name"
      name={draft.name}
      id={draft.id}
      nameLabel={t(`${section}.fields.name`)}
      idLabel={t(`${section}.fields.id`)}
      idFixedHint={t('form.idHintFixed')}
      errorsFor={errorsFor}
      onChange={update}
    />
  );
}
