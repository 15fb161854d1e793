import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en/ui.json';
import nl from '../../src/i18n/locales/nl/ui.json';
import framework from '../../src/data/doughnut-framework.json';
import { DIMENSIONS, LENSES } from '../../src/model/doughnut';

// The renderer may not import src/data; its catalogues carry the framework's names, and this keeps them equal.
describe('the Doughnut names in the catalogues', () => {
  it("are the framework's 2017 and 2025 labels of all 21 dimensions, in Dutch and English", () => {
    for (const dimension of framework.dimensions) {
      expect(nl.enums.dimension[dimension.id as keyof typeof nl.enums.dimension]).toBe(
        dimension.label2017.nl,
      );
      expect(en.enums.dimension[dimension.id as keyof typeof en.enums.dimension]).toBe(
        dimension.label2017.en,
      );
      expect(nl.enums.dimension2025[dimension.id as keyof typeof nl.enums.dimension2025]).toBe(
        dimension.label2025.nl,
      );
      expect(en.enums.dimension2025[dimension.id as keyof typeof en.enums.dimension2025]).toBe(
        dimension.label2025.en,
      );
    }
    expect(Object.keys(nl.enums.dimension).sort()).toEqual([...DIMENSIONS].sort());
  });

  it('name the four lenses as the framework does', () => {
    for (const lens of framework.lenses) {
      expect(nl.enums.lens[lens.id as keyof typeof nl.enums.lens]).toBe(lens.name.nl);
      expect(en.enums.lens[lens.id as keyof typeof en.enums.lens]).toBe(lens.name.en);
    }
    expect(Object.keys(nl.enums.lens).sort()).toEqual([...LENSES].sort());
  });
});
