import { useTranslation } from 'react-i18next';
import type { Sector } from '../../../../../src/model/cooperative';
import { SelectField } from '../../../components/form/inputs';
import { useLabels } from '../../../i18n/useLabels';

interface CostSectorFieldProps {
  formId: string;
  /** '' : the line has no sector of its own; the cooperative's counts. */
  value: Sector | '';
  onChange: (value: Sector | '') => void;
}

/**
 * The sector a cost serves when it is not the cooperative's own (a care cooperative's
 * solar panels: energy). A stream's sector rule checks it, so energy money may pay the
 * energy costs of a cooperative in another sector.
 */
export function CostSectorField({ formId, value, onChange }: CostSectorFieldProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <SelectField<Sector>
      formId={formId}
      name="sector"
      label={t('builder.costSector')}
      hint={t('builder.costSectorHint')}
      value={value}
      placeholder={t('builder.costSectorCooperative')}
      options={labels.sectorOptions}
      onChange={onChange}
    />
  );
}
