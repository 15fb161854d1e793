import { useTranslation } from 'react-i18next';
import { siloLabel } from '../../../../../src/model/silo';
import { CheckboxGroup } from '../../../components/form/choices';

interface DesiloingFieldProps {
  formId: string;
  /** Every stream's silo, in the workspace's order (repeats allowed). */
  streamSilos: readonly string[];
  selected: readonly string[];
  onChange: (silos: string[]) => void;
  /** Problems with the list and with each silo in it, already as text. */
  errors: readonly string[];
}

/**
 * Ontschotting: the silos whose budgets the scenario pools. A silo chosen before that no
 * stream has any more stays listed, so the coach sees (and can untick) what the check
 * objects to.
 */
export function DesiloingField({ formId, streamSilos, selected, onChange, errors }: DesiloingFieldProps) {
  const { t } = useTranslation();
  const silos = [...new Set([...streamSilos, ...selected])];
  return (
    <CheckboxGroup
      formId={formId}
      name="desiloing.silos"
      legend={t('scenarioEditor.desiloingLegend')}
      hint={t('scenarioEditor.desiloingHint')}
      options={silos.map((silo) => ({
        value: silo,
        label: streamSilos.includes(silo)
          ? siloLabel(silo)
          : t('scenarioEditor.siloGone', { silo: siloLabel(silo) }),
      }))}
      selected={selected}
      onChange={onChange}
      errors={errors}
    />
  );
}
