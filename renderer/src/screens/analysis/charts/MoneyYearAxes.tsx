import { CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { GRID_COLOUR } from '../../../../../src/charts/colours';
import type { NiceAxis } from '../../../../../src/charts/scale';
import type { useChartFormat } from './useChartFormat';

/**
 * The frame every chart of euros per year shares (cash flow, funding by silo, budget
 * cycle): horizontal grid lines, the years below, the euro axis with the shared round
 * ticks (src/charts/scale.ts), the tooltip and the legend. Recharts 3 finds axes in
 * a component of its own, so the three charts draw theirs from here.
 */
export function MoneyYearAxes({
  axis,
  format,
}: {
  axis: NiceAxis;
  format: ReturnType<typeof useChartFormat>;
}) {
  return (
    <>
      <CartesianGrid vertical={false} stroke={GRID_COLOUR} />
      <XAxis dataKey="year" tickLine={false} />
      <YAxis tickFormatter={format.axis} width={76} domain={axis.domain} ticks={axis.ticks} />
      <Tooltip formatter={format.tooltip} />
      <Legend formatter={format.legend} />
    </>
  );
}
