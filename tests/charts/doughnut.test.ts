import { describe, expect, it } from 'vitest';
import {
  beyondScale,
  doughnutLayout,
  inLowerHalf,
  outsideAnchor,
  overshootLength,
  OVERSHOOT_SCALE_MAX,
  pointAt,
  rechartsAngle,
  shortfallLength,
  splitLabel,
  textArcPath,
  wedgeAngles,
  wedgeRadii,
  wedgeRoom,
} from '../../src/charts/doughnut';

const layout = doughnutLayout(false);

describe('the Doughnut geometry', () => {
  it('puts the first wedge at twelve o clock and goes round clockwise', () => {
    expect(wedgeAngles(0, 12)).toEqual({ start: -15, end: 15, mid: 0 });
    expect(wedgeAngles(3, 12)).toEqual({ start: 75, end: 105, mid: 90 });
    expect(wedgeAngles(8, 9).end).toBeCloseTo(340);
    // Recharts counts counter-clockwise from three o'clock.
    expect(rechartsAngle(0)).toBe(90);
    expect(rechartsAngle(90)).toBe(0);
    const right = pointAt(100, 100, 10, 90);
    expect(right.x).toBeCloseTo(110);
    expect(right.y).toBeCloseTo(100);
    const top = pointAt(100, 100, 10, 0);
    expect(top.y).toBeCloseTo(90);
  });

  it('scales a shortfall linearly: 100% reaches the hole, more is capped', () => {
    expect(shortfallLength(0)).toBe(0);
    expect(shortfallLength(0.25)).toBe(0.25);
    expect(shortfallLength(1.5)).toBe(1);
    const half = wedgeRadii('floor', 0.5, layout);
    expect(half.outer).toBe(layout.foundation);
    expect(half.inner).toBeCloseTo(layout.foundation - (layout.foundation - layout.hole) / 2);
    expect(wedgeRadii('floor', 1, layout).inner).toBeCloseTo(layout.hole);
  });

  it('scales an overshoot logarithmically, monotone, with the maximum at the edge', () => {
    expect(overshootLength(0)).toBe(0);
    expect(overshootLength(-1)).toBe(0);
    expect(overshootLength(1)).toBeCloseTo(Math.log(2) / Math.log(11));
    expect(overshootLength(OVERSHOOT_SCALE_MAX)).toBeCloseTo(1);
    expect(overshootLength(50)).toBe(1);
    const statuses = [0, 0.05, 0.2, 1, 3.6, 8, 10];
    const lengths = statuses.map(overshootLength);
    for (let i = 1; i < lengths.length; i++) expect(lengths[i]!).toBeGreaterThan(lengths[i - 1]!);
    expect(beyondScale(10)).toBe(false);
    expect(beyondScale(10.5)).toBe(true);
    const zero = wedgeRadii('ceiling', 0, layout);
    expect(zero.inner).toBe(layout.ceiling);
    expect(zero.outer).toBe(layout.ceiling);
    expect(wedgeRadii('ceiling', 20, layout).outer).toBe(layout.outer);
  });

  it('gives each wedge its whole room as click target, inside or outside the ring', () => {
    expect(wedgeRoom('floor', layout)).toEqual({ inner: layout.hole, outer: layout.foundation });
    expect(wedgeRoom('ceiling', layout)).toEqual({ inner: layout.ceiling, outer: layout.outer });
    // The ring between foundation and ceiling stays free for the safe and just space.
    expect(layout.hole).toBeLessThan(layout.foundation);
    expect(layout.foundation).toBeLessThan(layout.ceiling);
    expect(layout.ceiling).toBeLessThan(layout.outer);
    expect(layout.outer).toBeLessThan(layout.label);
    expect(layout.cx + layout.label).toBeLessThan(layout.width);
  });

  it('runs text along the lower half the other way round, so it reads upright', () => {
    expect(inLowerHalf(0)).toBe(false);
    expect(inLowerHalf(180)).toBe(true);
    expect(inLowerHalf(-30)).toBe(false);
    const top = textArcPath(0, 0, 100, wedgeAngles(0, 12));
    const bottom = textArcPath(0, 0, 100, wedgeAngles(6, 12));
    // Sweep flag: clockwise at the top, counter-clockwise at the bottom.
    expect(top).toMatch(/ 0 0 1 /);
    expect(bottom).toMatch(/ 0 0 0 /);
    // Both start on the left of the wedge, so the text reads left to right.
    const startX = (path: string) => Number(path.split(' ')[1]);
    expect(startX(top)).toBeLessThan(0);
    expect(startX(bottom)).toBeLessThan(0);
  });

  it('splits a long label into two balanced lines and leaves short ones alone', () => {
    expect(splitLabel('Water', 10)).toEqual(['Water']);
    expect(splitLabel('Stikstof- en fosfaatbelasting', 16)).toEqual(['Stikstof- en', 'fosfaatbelasting']);
    expect(splitLabel('Verzuring van de oceanen', 16)).toEqual(['Verzuring van', 'de oceanen']);
    expect(splitLabel('Gendergelijkheid', 8)).toEqual(['Gendergelijkheid']);
  });

  it('anchors outside labels away from the chart', () => {
    expect(outsideAnchor(0)).toBe('middle');
    expect(outsideAnchor(80)).toBe('start');
    expect(outsideAnchor(280)).toBe('end');
    expect(outsideAnchor(180)).toBe('middle');
  });
});
