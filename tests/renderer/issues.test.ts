import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../src/model/issues';
import {
  dedupeIssues,
  fieldForPath,
  fromServerIssues,
  issuesByField,
  modelIssue,
  modelMessage,
} from '../../renderer/src/domain/issues';

const fields = new Set([
  'name',
  'members',
  'priorStateAid',
  'priorStateAid[0].year',
  'priorStateAid[0].amount',
]);

describe('placing issues beside their fields', () => {
  it('finds the field named by the issue’s path', () => {
    expect(fieldForPath(['name'], fields)).toBe('name');
    expect(fieldForPath(['priorStateAid', 0, 'amount'], fields)).toBe('priorStateAid[0].amount');
  });

  it('falls back to the nearest enclosing field', () => {
    expect(fieldForPath(['priorStateAid', 3, 'amount'], fields)).toBe('priorStateAid');
    expect(fieldForPath(['priorStateAid', 0, 'amount', 'extra'], fields)).toBe('priorStateAid[0].amount');
  });

  it('puts issues without a matching field on the form itself', () => {
    expect(fieldForPath([], fields)).toBe('');
    expect(fieldForPath(['unknownKey'], fields)).toBe('');
  });

  it('groups issues per field in the order found', () => {
    const issues = [
      modelIssue(['name'], 'nameEmpty'),
      modelIssue(['members'], 'required'),
      modelIssue(['name'], 'textTooLong', { max: 200 }),
      modelIssue(['bogus'], 'unknownField'),
    ];
    const grouped = issuesByField(issues, fields);
    expect(grouped.get('name')?.map((i) => i.source === 'model' && i.key)).toEqual([
      'nameEmpty',
      'textTooLong',
    ]);
    expect(grouped.get('members')).toHaveLength(1);
    expect(grouped.get('')).toHaveLength(1);
  });

  it('maps the host’s issues, which include the wrapping input key, onto the form', () => {
    const server = [makeIssue('en', ['cooperative', 'priorStateAid', 0, 'amount'], 'tooManyDecimals')];
    const [issue] = fromServerIssues(server, 'cooperative');
    expect(issue?.path).toEqual(['priorStateAid', 0, 'amount']);
    expect(fieldForPath(issue?.path ?? [], fields)).toBe('priorStateAid[0].amount');
  });

  it('words model issues in the language asked for when shown', () => {
    const issue = modelIssue(['name'], 'required');
    if (issue.source !== 'model') throw new Error('expected a model issue');
    expect(modelMessage(issue, 'nl')).toBe('is verplicht');
    expect(modelMessage(issue, 'en')).toBe('is required');
  });

  it('drops an issue reported twice for the same place', () => {
    const issues = dedupeIssues([
      modelIssue(['a'], 'required'),
      modelIssue(['a'], 'required'),
      modelIssue(['a'], 'invalid'),
      { source: 'text', path: ['a'], text: 'x' },
      { source: 'text', path: ['a'], text: 'x' },
    ]);
    expect(issues).toHaveLength(3);
  });
});
