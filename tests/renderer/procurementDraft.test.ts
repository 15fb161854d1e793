import { describe, expect, it } from 'vitest';
import { commandFor, isNoOpEdit } from '../../renderer/src/domain/commands';
import { fieldForPath } from '../../renderer/src/domain/issues';
import {
  checkProcurementDraft,
  emptyContractRow,
  procurementDraftOf,
  procurementFields,
  type ProcurementDraft,
} from '../../renderer/src/screens/procurement/procurementDraft';
import { procurementUpdate } from '../../renderer/src/screens/procurement/procurementEdits';
import type { ProcurementJson } from '../../src/model/procurement';

const stored: ProcurementJson = {
  volumes: { '2026': 1000000 },
  volumeSource: 'Schatting',
  contributionMargin: 0.15,
  contracts: [{ year: 2026, cooperativeId: 'glansrijk', amount: 25000, reserved: true, socialReturn: 1250 }],
};

function issuesAt(draft: ProcurementDraft): [string, string][] {
  const checked = checkProcurementDraft(draft, 'nl', 'nl-NL');
  if (checked.ok) return [];
  const fields = procurementFields(draft);
  return checked.issues.map((i) => [fieldForPath(i.path, fields), i.source === 'text' ? i.text : i.key]);
}

describe('the Inkoop form', () => {
  it('reads the stored section in Dutch number format and saves it back unchanged', () => {
    const draft = procurementDraftOf(stored, 'nl-NL');
    expect(draft.contributionMargin).toBe('15');
    expect(draft.volumes).toEqual([{ year: '2026', amount: '1000000' }]);
    const checked = checkProcurementDraft(draft, 'nl', 'nl-NL');
    expect(checked).toEqual({
      ok: true,
      value: { ...stored, contracts: [{ ...stored.contracts![0]!, description: '' }] },
    });
  });

  it('puts each problem beside its field: a repeated year, a missing cooperative, Social Return above the amount, a margin above 100%', () => {
    const draft = procurementDraftOf(stored, 'nl-NL');
    draft.volumes.push({ year: '2026', amount: '5' });
    draft.contracts.push({ ...emptyContractRow('2026'), amount: '10', socialReturn: '20' });
    draft.contributionMargin = '150';
    expect(issuesAt(draft)).toEqual(
      expect.arrayContaining([
        ['volumes[1].year', 'duplicateYear'],
        ['contracts[1].cooperativeId', 'required'],
        ['contracts[1].socialReturn', 'socialReturnAboveAmount'],
        ['contributionMargin', 'percentRange'],
      ]),
    );
  });

  it('shows the volume a year’s contracts exceed in that year’s row', () => {
    const draft = procurementDraftOf(stored, 'nl-NL');
    draft.volumes[0]!.amount = '100';
    expect(issuesAt(draft)).toEqual([['volumes[0].amount', 'awardedAboveVolume']]);
  });

  it('undoes a save by writing the previous section back, and removing a new one', () => {
    const edit = procurementUpdate({ ...stored, contributionMargin: 0.2 }, stored);
    expect(isNoOpEdit(edit)).toBe(false);
    expect(commandFor(edit).undo).toEqual(procurementUpdate(stored, { ...stored, contributionMargin: 0.2 }));
    expect(commandFor(procurementUpdate(stored, null)).undo).toEqual(procurementUpdate(null, stored));
    expect(isNoOpEdit(procurementUpdate(stored, stored))).toBe(true);
  });
});
