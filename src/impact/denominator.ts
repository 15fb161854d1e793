import type { Denominator } from '../model/indicator';

/**
 * What the projection divides an impact line's output by: the indicator's city total
 * (480,000 households), or 1 when the indicator has none and lines give their output in
 * the indicator's own unit (kt CO2, hectares).
 */
export function divisorOf(indicator: { denominator?: Pick<Denominator, 'value'> | undefined }): number {
  return indicator.denominator?.value ?? 1;
}

/**
 * Significant digits a converted output keeps. 0.0004 x 480,000 is 192.00000000000003 in
 * binary; twelve digits write 192 and move the projected effect by at most 5e-13 of itself.
 */
const OUTPUT_DIGITS = 12;

/**
 * An output restated for a new divisor with the same effect on the indicator:
 * `output / from = result / to`. Used when a city gives an indicator its total (or
 * changes the unit it counts in) and its lines' effects must stay what they were.
 */
export function convertOutput(output: number, fromDivisor: number, toDivisor: number): number {
  if (fromDivisor === toDivisor) return output;
  return Number(((output * toDivisor) / fromDivisor).toPrecision(OUTPUT_DIGITS));
}

/** A plan in either form: the model's, or the JSON the renderer holds (where `impacts` may be absent). */
interface LinesOf {
  id: string;
  impacts?: readonly { indicatorId: string; output: number }[] | undefined;
}

/**
 * The plans whose lines on `indicatorId` change when their outputs are restated from one
 * divisor to another, each with those lines converted (other lines untouched). Plans
 * without such lines are left out: nothing of theirs is rewritten.
 */
export function plansWithConvertedOutputs<P extends LinesOf>(
  plans: readonly P[],
  indicatorId: string,
  fromDivisor: number,
  toDivisor: number,
): P[] {
  if (fromDivisor === toDivisor) return [];
  return plans
    .filter((plan) => (plan.impacts ?? []).some((line) => line.indicatorId === indicatorId))
    .map((plan) => ({
      ...plan,
      impacts: (plan.impacts ?? []).map((line) =>
        line.indicatorId === indicatorId
          ? { ...line, output: convertOutput(line.output, fromDivisor, toDivisor) }
          : line,
      ),
    }));
}

/**
 * The unit a line's output is counted in: the line's own (`t CO2`), else what the
 * indicator's city total counts (`huishoudens`), else the indicator's own unit.
 */
export function outputUnitOf(
  line: { outputUnit?: string | undefined },
  indicator: { unit: string; denominator?: Pick<Denominator, 'unit'> | undefined } | undefined,
): string {
  return line.outputUnit ?? indicator?.denominator?.unit ?? indicator?.unit ?? '';
}
