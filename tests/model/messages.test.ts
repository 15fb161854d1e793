// The validation, import and blend messages are i18n resources filled by fill-template.ts:
// a value is never read as a placeholder, a missing parameter shows as `{name}`, and
// parameters made on use are made only when the message uses them.
import { describe, expect, it } from 'vitest';
import { bindingMessage, brokenMessage } from '../../src/finance/blend/messages';
import { awardMessage, optionalPart } from '../../src/finance/blend/award-messages';
import { enumCode, enumWord, allowedWords } from '../../src/imports/enum-aliases';
import { importMessage, problemLocation } from '../../src/imports/messages';
import { formatMessage, isMessageKey } from '../../src/model/messages';

describe('validation messages', () => {
  it('fills placeholders in both languages', () => {
    expect(formatMessage('nl', 'numberTooSmall', { minimum: 3 })).toBe('moet minstens 3 zijn');
    expect(formatMessage('en', 'yearOutsidePlan', { first: 2026, last: 2030 })).toBe(
      'year outside plan horizon (2026-2030)',
    );
  });

  it('takes a value literally, even one that looks like a placeholder or a replacement pattern', () => {
    expect(formatMessage('en', 'unknownStream', { id: '{{id}} $& $1' })).toBe(
      'funding stream "{{id}} $& $1" does not exist',
    );
    expect(formatMessage('en', 'lockOnDraft', { name: 'count' })).toContain('funding stream "count"');
  });

  it('shows a missing parameter as {name}, as the messages always did', () => {
    expect(formatMessage('nl', 'unknownPlan')).toBe('plan "{id}" bestaat niet');
  });

  it('knows its own keys only', () => {
    expect(isMessageKey('required')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('unsupportedFile')).toBe(false);
  });
});

describe('import messages', () => {
  it('uses its own words first, then the format’s', () => {
    expect(importMessage('en', 'duplicateInFile', { id: 'a', first: 4 })).toBe('"a" is already in row 4');
    expect(importMessage('nl', 'required')).toBe('is verplicht');
  });

  it('says where a problem is', () => {
    expect(problemLocation('nl', 3, 'Naam')).toBe('rij 3, kolom "Naam"');
    expect(problemLocation('en', 3, null)).toBe('row 3');
    expect(problemLocation('en', null, 'Cost $$')).toBe('column "Cost $$"');
    expect(problemLocation('nl', null, null)).toBe('bestand');
  });

  it('reads coded values in Dutch, English or as the code', () => {
    expect(enumCode('sector', ' Zorg en welzijn ')).toBe('care');
    expect(enumCode('legalForm', 'Association')).toBe('vereniging');
    expect(enumCode('partnership', 'right to challenge')).toBe('right-to-challenge');
    expect(enumCode('streamKind', 'guarantee')).toBe('guarantee');
    expect(enumCode('sector', 'onbekend')).toBe('onbekend');
    expect(enumWord('costCategory', 'training', 'nl')).toBe('opleiding');
    expect(enumWord('costCategory', 'training', 'en')).toBe('training');
    // A code without Dutch words of its own is shown as the code.
    expect(enumWord('streamKind', 'guarantee', 'nl')).toBe('guarantee');
    expect(allowedWords('stage', 'nl')).toEqual(['idee', 'opstart', 'groei', 'volwassen']);
  });
});

describe('blend messages', () => {
  it('makes only the parameters a message uses', () => {
    const made: string[] = [];
    const lazy = (name: string) => () => {
      made.push(name);
      return `<${name}>`;
    };
    const text = bindingMessage('en', 'budget', {
      stream: 'Fund',
      year: '2027',
      value: lazy('value'),
      limit: lazy('limit'),
    });
    expect(text).toBe(
      'The 2027 budget of “Fund” is used up: each extra euro of budget closes <value> of the gap.',
    );
    expect(made).toEqual(['value']);
  });

  it('names the broken rule and words an award with its optional parts', () => {
    expect(brokenMessage('nl', 'budget', { where: '', excess: '€ 5,00' }, false)).toBe(
      'Vastgezette bedragen breken de regel “jaarbudget” met € 5,00; ze zijn niet verplaatst.',
    );
    expect(optionalPart('en', 'reference', undefined)).toBe('');
    const reference = optionalPart('en', 'reference', 'B-1');
    expect(awardMessage('en', 'refused', { stream: 'Fund', plan: 'Plan', decidedOn: '' })).toBe(
      '“Fund” refused the application for “Plan”: the blend does not use this stream for this plan.',
    );
    expect(
      awardMessage(
        'en',
        'short',
        { stream: 'F', plan: 'P', granted: 'g', given: 'x', shortfall: 's', reference, cap: 'c' },
        'maxPerPlan',
      ),
    ).toBe(
      '“F” granted g to “P” (decision B-1), but within its rules the blend can use only x of it: s stays unused. The stream gives at most c per plan.',
    );
  });
});
