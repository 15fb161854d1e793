import { useTranslation } from 'react-i18next';
import { siloLabel } from '../../../../../src/model/silo';
import type { FundingStreamJson } from '../../../../../src/model/stream';
import { InputCell } from './CellInput';
import { EditorTable } from './EditorTable';

interface FactorTableProps {
  formId: string;
  streams: readonly FundingStreamJson[];
  factors: Readonly<Record<string, string>>;
  onChange: (streamId: string, value: string) => void;
  errorsFor: (name: string) => string[];
}

/** A budget factor per funding stream; an empty field is 1 (the stream's own budget). */
export function FactorTable({ formId, streams, factors, onChange, errorsFor }: FactorTableProps) {
  const { t } = useTranslation();
  return (
    <EditorTable
      hint={t('scenarioEditor.factorsHint')}
      testId="factor-table"
      caption={t('scenarioEditor.sections.factors')}
      rowHeader={t('scenarioEditor.columns.stream')}
      inputHeaders={[t('scenarioEditor.columns.factor')]}
    >
      {streams.map((stream) => (
        <tr key={stream.id}>
          <th scope="row">
            <span dir="auto">{stream.name}</span>
            <span className="cell-sub">{siloLabel(stream.silo)}</span>
          </th>
          <InputCell
            formId={formId}
            name={`streamFactors.${stream.id}`}
            label={t('scenarioEditor.factorLabel', { name: stream.name })}
            value={factors[stream.id] ?? ''}
            onChange={(value) => onChange(stream.id, value)}
            errorsFor={errorsFor}
          />
        </tr>
      ))}
    </EditorTable>
  );
}
