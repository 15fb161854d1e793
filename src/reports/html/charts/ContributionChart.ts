import { createElement as h, type ReactNode } from 'react';
import { Sector, Surface } from 'recharts';
import { useReport } from '../context';
import { reportWords } from '../../words';
import {
  BREACH_COLOUR,
  BREACH_EDGE_COLOUR,
  CLOSES_COLOUR,
  CLOSES_EDGE_COLOUR,
  RING_COLOUR,
  ROOM_COLOUR,
  ROOM_EDGE_COLOUR,
  UNTOUCHED_COLOUR,
} from '../../../charts/colours';
import {
  contributionLength,
  contributionRadii,
  type ContributionWedge,
  DOUGHNUT_LAYOUT as L,
  sectorOf,
  wedgeRoom,
} from '../../../charts/doughnut';
import { dimensionLabels, ringEdges } from './DoughnutChart';

function Wedge(props: { wedge: ContributionWedge; index: number; count: number }): ReactNode {
  const { wedge, index, count } = props;
  const shape = sectorOf(index, count, L);
  const room = wedgeRoom(wedge.kind, L);
  const share = wedge.share ?? 0;
  const radii = contributionRadii(wedge.kind, share, L);
  return h(
    'g',
    {
      className: 'wedge',
      'data-dimension': wedge.dimension,
      'data-state': wedge.state,
      'data-share': wedge.share ?? '',
    },
    h(Sector, {
      ...shape,
      innerRadius: room.inner,
      outerRadius: room.outer,
      // Untouched: white with a dashed grey edge (the report is one self-contained file
      // without url() references, so no hatch pattern as in the app).
      fill: wedge.state === 'untouched' ? '#ffffff' : ROOM_COLOUR,
      stroke: wedge.state === 'untouched' ? UNTOUCHED_COLOUR : ROOM_EDGE_COLOUR,
      strokeWidth: 0.8,
      ...(wedge.state === 'untouched' ? { strokeDasharray: '2 2' } : {}),
    }),
    share === 0
      ? null
      : h(Sector, {
          ...shape,
          innerRadius: radii.inner,
          outerRadius: radii.outer,
          fill: share > 0 ? CLOSES_COLOUR : BREACH_COLOUR,
          stroke: share > 0 ? CLOSES_EDGE_COLOUR : BREACH_EDGE_COLOUR,
          strokeWidth: 0.8,
        }),
  );
}

/**
 * The Doughnut of the difference (src/impact/doughnut-wedges.ts): per dimension the share
 * of the city's distance to the boundary the portfolio closes, social inward from the
 * foundation, ecological outward from the ceiling, logarithmic with guides at 1% and 10%;
 * dimensions the portfolio does not touch are white with a dashed edge, not drawn as zero.
 */
export function ContributionChart(props: {
  wedges: readonly ContributionWedge[];
  year: number;
  idPrefix: string;
}): ReactNode {
  const { lang } = useReport();
  const c = reportWords(lang, 'contribution');
  const social = props.wedges.filter((w) => w.kind === 'floor');
  const ecological = props.wedges.filter((w) => w.kind === 'ceiling');
  const guides = [0.01, 0.1].flatMap((share) => [
    L.foundation - contributionLength(share) * (L.foundation - L.hole),
    L.ceiling + contributionLength(share) * (L.outer - L.ceiling),
  ]);
  return h(
    Surface,
    {
      width: L.width,
      height: L.height,
      title: c('contributionChartLabel', { year: props.year }),
      desc: c('contributionScale'),
      className: 'doughnut contribution-doughnut',
    },
    ...social.map((wedge, i) => h(Wedge, { key: wedge.dimension, wedge, index: i, count: social.length })),
    ...ecological.map((wedge, i) =>
      h(Wedge, {
        key: wedge.dimension,
        wedge,
        index: i,
        count: ecological.length,
      }),
    ),
    h(Sector, {
      cx: L.cx,
      cy: L.cy,
      startAngle: 90,
      endAngle: -270,
      innerRadius: L.foundation,
      outerRadius: L.ceiling,
      fill: RING_COLOUR,
      fillOpacity: 0.45,
      stroke: 'none',
    }),
    ...ringEdges(),
    ...guides.map((r) =>
      h('circle', {
        key: `guide-${r}`,
        cx: L.cx,
        cy: L.cy,
        r,
        fill: 'none',
        stroke: '#55626d',
        strokeWidth: 0.6,
        strokeDasharray: '1.5 3',
      }),
    ),
    ...dimensionLabels({ social, ecological }, lang, props.idPrefix, (wedge) => wedge.state === 'untouched'),
  );
}
