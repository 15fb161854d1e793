import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uniqueId } from '../../../../src/model/ids';
import { TextField } from '../../components/form/inputs';
import type { EntityEditor } from './useEntityEditor';

interface NameIdFieldsProps {
  editor: EntityEditor<{ name: string; id: string }>;
  takenIds: ReadonlySet<string>;
}

/** The name and id every entity starts with; the id is suggested from the name. */
export function NameIdFields({ editor, takenIds }: NameIdFieldsProps) {
  const { t } = useTranslation();
  const { section, formId, creating } = editor;
  const { draft, update, errorsFor } = editor.form;
  // The id follows the name until the user types one; after creation it never changes (plans refer to it).
  const [idTouched, setIdTouched] = useState(false);

  const setName = (name: string) => {
    if (creating && !idTouched) update({ name, id: name.trim() === '' ? '' : uniqueId(name, takenIds) });
    else update({ name });
  };

  return (
    <>
      <TextField
        formId={formId}
        name="name"
        label={t(`${section}.fields.name`)}
        value={draft.name}
        onChange={setName}
        errors={errorsFor('name')}
        maxLength={200}
      />
      <TextField
        formId={formId}
        name="id"
        label={t(`${section}.fields.id`)}
        hint={creating ? t('form.idHintNew') : t('form.idHintFixed')}
        value={draft.id}
        onChange={(id) => {
          setIdTouched(true);
          update({ id });
        }}
        readOnly={!creating}
        errors={errorsFor('id')}
      />
    </>
  );
}
