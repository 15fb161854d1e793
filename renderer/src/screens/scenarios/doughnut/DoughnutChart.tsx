import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ECOLOGICAL_DIMENSIONS, SOCIAL_DIMENSIONS, type Dimension } from '../../../../../src/model/doughnut';
import type { DimensionStatus } from '../../../../../src/charts/dimension-status';
import {
  beyondScale,
  doughnutLayout,
  overshootLength,
  wedgeAngles,
} from '../../../../../src/charts/doughnut';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import { DimensionNames, DoughnutSurface, HatchPattern, RingEdges, RingFill } from './DoughnutParts';
import { Wedge } from './Wedge';

interface DoughnutChartProps {
  statuses: readonly DimensionStatus[];
  year: number;
  scenarioName: string;
  selected?: Dimension | null;
  /** Makes every wedge a button; a comparison's small Doughnuts have none. */
  onSelect?: (dimension: Dimension) => void;
  compact?: boolean;
  testId: string;
}

/**
 * The Doughnut of one scenario in one year (geometry and scale: doughnutGeometry.ts),
 * drawn with Recharts' Surface and Sector shapes. Every wedge carries its dimension and
 * status in words; the table beside the chart has the same figures.
 */
export function DoughnutChart(props: DoughnutChartProps) {
  const { statuses, year, scenarioName, selected = null, onSelect, compact = false, testId } = props;
  const { t } = useTranslation();
  const names = useDoughnutLabels();
  const idPrefix = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const layout = doughnutLayout(compact);
  const hundredPercent = layout.ceiling + overshootLength(1) * (layout.outer - layout.ceiling);
  const groups = [
    { dimensions: SOCIAL_DIMENSIONS as readonly Dimension[] },
    { dimensions: ECOLOGICAL_DIMENSIONS as readonly Dimension[] },
  ];
  const summary = t('doughnut.groupLabel', { scenario: scenarioName, year });
  const svgRef = useRef<SVGSVGElement>(null);
  // Tab lands on the chosen wedge (or the first); the arrow keys go round from there.
  const order = [...SOCIAL_DIMENSIONS, ...ECOLOGICAL_DIMENSIONS] as Dimension[];
  const tabStop = selected !== null && order.includes(selected) ? selected : order[0];
  const navigate = (from: Dimension, to: -1 | 1 | 'first' | 'last') => {
    const index = order.indexOf(from);
    const target =
      to === 'first'
        ? order[0]
        : to === 'last'
          ? order[order.length - 1]
          : order[(index + to + order.length) % order.length];
    svgRef.current?.querySelector<SVGGElement>(`[data-dimension="${target}"]`)?.focus();
  };

  return (
    <DoughnutSurface
      layout={layout}
      compact={compact}
      role={onSelect === undefined ? 'img' : 'group'}
      summary={summary}
      testId={testId}
      ref={svgRef}
    >
      <HatchPattern id={`${idPrefix}-nodata`} />
      <RingFill layout={layout} />
      {groups.map(({ dimensions }) =>
        dimensions.map((dimension, index) => {
          const entry = statuses.find((s) => s.dimension === dimension);
          if (entry === undefined) return null;
          const label = t('doughnut.wedge', {
            dimension: names.dimension(dimension),
            ring: names.ring(entry.kind),
            status:
              entry.status !== null && beyondScale(entry.status)
                ? t('doughnut.beyondScale', { status: names.status(entry.kind, entry.status) })
                : names.status(entry.kind, entry.status),
            year,
          });
          return (
            <Wedge
              key={dimension}
              entry={entry}
              angles={wedgeAngles(index, dimensions.length)}
              layout={layout}
              label={label}
              selected={selected === dimension}
              onSelect={onSelect === undefined ? undefined : () => onSelect(dimension)}
              tabStop={dimension === tabStop}
              onNavigate={(to) => navigate(dimension, to)}
              noDataFill={`url(#${idPrefix}-nodata)`}
            />
          );
        }),
      )}
      <RingEdges layout={layout} />
      <circle
        cx={layout.cx}
        cy={layout.cy}
        r={hundredPercent}
        fill="none"
        stroke="#55626d"
        strokeWidth={1}
        strokeDasharray="2 4"
        pointerEvents="none"
      />
      <DimensionNames layout={layout} name={(d) => names.dimension(d)} idPrefix={idPrefix} />
    </DoughnutSurface>
  );
}
