import { describe, expect, it } from 'vitest';
import { fractionLookalike } from '../../renderer/src/domain/percentHint';
import { formatMessage } from '../../src/model/messages';
import { siloLabel } from '../../src/model/silo';

describe('a share typed as a fraction into a percent field', () => {
  it('is pointed out with what was typed and what was probably meant', () => {
    expect(fractionLookalike('0,8', 'nl-NL')).toEqual({ typed: '0,8', meant: '80' });
    expect(fractionLookalike('0.25', 'en-GB')).toEqual({ typed: '0.25', meant: '25' });
    expect(fractionLookalike(',5', 'nl-NL')).toEqual({ typed: '0,5', meant: '50' });
  });

  it('is left alone when it is a plain percentage, zero, empty or not a number', () => {
    for (const text of ['80', '1', '0', '', 'veel', '100', '-0,5'])
      expect(fractionLookalike(text, 'nl-NL')).toBeNull();
  });

  it('is said in percent in Dutch and English, never as a fraction', () => {
    expect(formatMessage('nl', 'percentRange')).toBe('moet een percentage tussen 0 en 100 zijn');
    expect(formatMessage('en', 'percentRange')).toBe('must be a percentage between 0 and 100');
  });
});

describe('silo labels', () => {
  it('turn the slug into words a reader says, with abbreviations in capitals', () => {
    expect(siloLabel('gemeente-sociaal-domein')).toBe('Gemeente sociaal domein');
    expect(siloLabel('eu')).toBe('EU');
    expect(siloLabel('rijk')).toBe('Rijk');
    expect(siloLabel('municipal-social')).toBe('Municipal social');
    expect(siloLabel('esf-plus')).toBe('ESF plus');
  });
});
