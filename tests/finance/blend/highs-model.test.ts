import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import { forgetLoadedMatrix, loadModel, type LpArrays } from '../../../src/finance/blend/highs-model';

// max x + y + z  s.t.  x + y <= a,  y + z <= b,  0 <= x, y, z <= u
function lp(a: number, b: number, u: number): LpArrays {
  return {
    numCols: 3,
    numRows: 2,
    colCost: Float64Array.of(1, 1, 1),
    colLower: new Float64Array(3),
    colUpper: Float64Array.of(u, u, u),
    rowLower: Float64Array.of(-Infinity, -Infinity),
    rowUpper: Float64Array.of(a, b),
    matrix: {
      starts: Int32Array.of(0, 2, 4),
      indices: Int32Array.of(0, 1, 1, 2),
      values: Float64Array.of(1, 1, 1, 1),
    },
  };
}

async function solveFresh(arrays: LpArrays) {
  const model = loadModel(await highsLoader(), arrays);
  model.run();
  return model.getSolution();
}

describe('the shared HiGHS model', () => {
  it('keeps the matrix when only bounds change, and solves as a fresh model would', async () => {
    const highs = await highsLoader();
    const first = loadModel(highs, lp(10, 8, 6));
    let passes = 0;
    const passModel = first.passModel.bind(first);
    first.passModel = (...args) => {
      passes++;
      return passModel(...args);
    };
    first.run();
    const reused = loadModel(highs, lp(4, 9, 5));
    expect(reused).toBe(first);
    reused.run();
    expect(passes).toBe(0);
    expect(reused.getObjectiveValue()).toBe(9);
    expect(reused.getSolution()).toEqual(await solveFresh(lp(4, 9, 5)));
  });

  it('passes the model again after its structure changed', async () => {
    const highs = await highsLoader();
    const model = loadModel(highs, lp(10, 8, 6));
    model.run();
    // A row added by phase 2: the next LP must not reuse the altered model.
    model.addRow(0, 1, { indices: Int32Array.of(0), values: Float64Array.of(1) });
    forgetLoadedMatrix(highs);
    let passes = 0;
    const passModel = model.passModel.bind(model);
    model.passModel = (...args) => {
      passes++;
      return passModel(...args);
    };
    loadModel(highs, lp(10, 8, 6)).run();
    expect(passes).toBe(1);
    // With the extra row (x <= 1) the optimum would be 9.
    expect(model.getObjectiveValue()).toBe(14);
  });
});
