import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Sector } from 'recharts';
import { ECOLOGICAL_DIMENSIONS, SOCIAL_DIMENSIONS, type Dimension } from '../../../../../src/model/doughnut';
import {
  contributionLength,
  contributionRadii,
  type ContributionWedge,
} from '../../../../../src/impact/doughnut-wedges';
import {
  doughnutLayout,
  sectorOf,
  wedgeRoom,
  type AppDoughnutLayout as DoughnutLayout,
} from '../../../../../src/charts/doughnut';
import { useDoughnutLabels } from '../../../i18n/useDoughnutLabels';
import {
  BREACH_COLOUR,
  BREACH_EDGE_COLOUR,
  CLOSES_COLOUR,
  CLOSES_EDGE_COLOUR,
  ROOM_COLOUR,
  ROOM_EDGE_COLOUR,
} from '../../../../../src/charts/colours';
import { DimensionNames, DoughnutSurface, HatchPattern, RingEdges, RingFill } from './DoughnutParts';
import { useContributionWords, type ContributionSubject } from './useContributionWords';

interface ContributionChartProps {
  wedges: readonly ContributionWedge[];
  year: number;
  scenarioName: string;
  compact?: boolean;
  testId: string;
  /** Whose contribution it is; default the portfolio's. */
  subject?: ContributionSubject;
}

function ContributionWedgeShape(props: {
  wedge: ContributionWedge;
  index: number;
  count: number;
  layout: DoughnutLayout;
  label: string;
  hatch: string;
}) {
  const { wedge, index, count, layout, label, hatch } = props;
  const shape = sectorOf(index, count, layout);
  const room = wedgeRoom(wedge.kind, layout);
  const share = wedge.share ?? 0;
  const radii = contributionRadii(wedge.kind, share, layout);
  return (
    <g
      className="doughnut__wedge"
      data-testid="contribution-wedge"
      data-dimension={wedge.dimension}
      data-state={wedge.state}
      data-share={wedge.share ?? ''}
    >
      <title>{label}</title>
      <Sector
        {...shape}
        innerRadius={room.inner}
        outerRadius={room.outer}
        fill={wedge.state === 'untouched' ? hatch : ROOM_COLOUR}
        stroke={ROOM_EDGE_COLOUR}
        strokeWidth={1}
      />
      {share !== 0 && (
        <Sector
          {...shape}
          innerRadius={radii.inner}
          outerRadius={radii.outer}
          fill={share > 0 ? CLOSES_COLOUR : BREACH_COLOUR}
          stroke={share > 0 ? CLOSES_EDGE_COLOUR : BREACH_EDGE_COLOUR}
          strokeWidth={1}
        />
      )}
    </g>
  );
}

/**
 * The Doughnut of the difference: per dimension the share of the city's distance to the
 * boundary that the portfolio closes (src/impact/doughnut-wedges.ts), social wedges
 * inward from the foundation, ecological ones outward from the ceiling, on a
 * logarithmic scale with guides at 1% and 10%. Untouched dimensions are hatched.
 */
export function ContributionChart(props: ContributionChartProps) {
  const { wedges, year, scenarioName, compact = false, testId, subject = 'portfolio' } = props;
  const { t } = useTranslation();
  const names = useDoughnutLabels();
  const words = useContributionWords(subject);
  const idPrefix = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const layout = doughnutLayout(compact);
  const summary =
    subject === 'cooperative'
      ? t('cooperativePage.doughnut.groupLabel', { scenario: scenarioName, year })
      : t('contribution.groupLabel', { scenario: scenarioName, year });
  const guides = [0.01, 0.1].flatMap((share) => [
    layout.foundation - contributionLength(share) * (layout.foundation - layout.hole),
    layout.ceiling + contributionLength(share) * (layout.outer - layout.ceiling),
  ]);
  const groups = [SOCIAL_DIMENSIONS, ECOLOGICAL_DIMENSIONS] as readonly (readonly Dimension[])[];
  return (
    <DoughnutSurface layout={layout} compact={compact} role="img" summary={summary} testId={testId}>
      <HatchPattern id={`${idPrefix}-untouched`} />
      <RingFill layout={layout} opacity={0.45} />
      {groups.map((dimensions) =>
        dimensions.map((dimension, index) => {
          const wedge = wedges.find((w) => w.dimension === dimension);
          if (wedge === undefined) return null;
          const label = t('contribution.wedge', {
            dimension: names.dimension(dimension),
            value: words.state(wedge),
            year,
          });
          return (
            <ContributionWedgeShape
              key={dimension}
              wedge={wedge}
              index={index}
              count={dimensions.length}
              layout={layout}
              label={label}
              hatch={`url(#${idPrefix}-untouched)`}
            />
          );
        }),
      )}
      <RingEdges layout={layout} />
      <g fill="none" stroke="#55626d" strokeWidth={1} strokeDasharray="2 4" pointerEvents="none">
        {guides.map((r) => (
          <circle key={r} cx={layout.cx} cy={layout.cy} r={r} />
        ))}
      </g>
      <DimensionNames layout={layout} name={(d) => names.dimension(d)} idPrefix={idPrefix} />
    </DoughnutSurface>
  );
}
