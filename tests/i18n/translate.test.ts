import { describe, expect, it } from 'vitest';
import { CORE_RESOURCES } from '../../src/i18n';
import { hasTranslation, translate } from '../../src/i18n/translate';

describe('translate', () => {
  it('refuses a key that does not exist instead of printing it', () => {
    expect(() => translate('nl', 'errors:no.such.key.anywhere')).toThrow(
      /Missing translation nl:errors:no.such.key/,
    );
    expect(hasTranslation('en', 'report:no.such.key.anywhere')).toBe(false);
  });

  it('reads every namespace in both languages', () => {
    expect(Object.keys(CORE_RESOURCES.nl)).toEqual(Object.keys(CORE_RESOURCES.en));
  });
});
