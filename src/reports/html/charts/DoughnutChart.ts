import { createElement as h, type ReactElement, type ReactNode } from 'react';
import { Dot, Sector, Surface } from 'recharts';
import { dimensionLabel } from '../../../impact/framework';
import type { Lang } from '../../../i18n/lang';
import type { Dimension } from '../../../model/doughnut';
import { useReport } from '../context';
import {
  BREACH_COLOUR,
  BREACH_EDGE_COLOUR,
  LABEL_COLOUR,
  NO_DATA_LABEL_COLOUR,
  RING_COLOUR,
  RING_EDGE_COLOUR,
  ROOM_COLOUR,
  ROOM_EDGE_COLOUR,
} from '../../../charts/colours';
import {
  type DimensionStatus,
  DOUGHNUT_LAYOUT as L,
  inLowerHalf,
  outsideAnchor,
  pointAt,
  sectorOf,
  splitLabel,
  textArcPath,
  wedgeAngles,
  wedgeRadii,
  wedgeRoom,
} from '../../../charts/doughnut';

/** About how wide a character is, as a share of the font size. */
const CHAR_WIDTH = 0.55;
const RING_FONT = 7.4;
const OUTSIDE_FONT = 8.4;

function Wedge({ entry, index, count }: { entry: DimensionStatus; index: number; count: number }): ReactNode {
  const shape = sectorOf(index, count, L);
  const room = wedgeRoom(entry.kind, L);
  const radii = wedgeRadii(entry.kind, entry.status ?? 0, L);
  return h(
    'g',
    { className: 'wedge', 'data-dimension': entry.dimension },
    h(Sector, {
      ...shape,
      innerRadius: room.inner,
      outerRadius: room.outer,
      fill: entry.status === null ? '#ffffff' : ROOM_COLOUR,
      stroke: ROOM_EDGE_COLOUR,
      strokeWidth: 0.8,
    }),
    entry.status !== null && entry.status > 0
      ? h(Sector, {
          ...shape,
          innerRadius: radii.inner,
          outerRadius: radii.outer,
          fill: BREACH_COLOUR,
          stroke: BREACH_EDGE_COLOUR,
          strokeWidth: 0.8,
        })
      : null,
  );
}

/** Social names run along the ring, in up to two lines; a name too long for its arc is squeezed. */
export function SocialLabel({ text, index, count, idPrefix, muted }: LabelProps): ReactNode {
  const angles = wedgeAngles(index, count);
  const middle = (L.foundation + L.ceiling) / 2;
  const arc = (radius: number) => (radius * Math.PI * (angles.end - angles.start)) / 180;
  const lines = splitLabel(text, Math.floor(arc(middle) / (RING_FONT * CHAR_WIDTH)));
  const up = inLowerHalf(angles.mid) ? -1 : 1;
  const step = RING_FONT + 1.5;
  return h(
    'g',
    null,
    ...lines.map((line, i) => {
      const radius = middle + ((lines.length - 1) / 2 - i) * step * up - up * RING_FONT * 0.35;
      const id = `${idPrefix}-${index}-${i}`;
      const fits = line.length * RING_FONT * CHAR_WIDTH <= arc(radius) - 6;
      return h(
        'g',
        { key: id },
        h('path', { id, d: textArcPath(L.cx, L.cy, radius, angles), fill: 'none' }),
        h(
          'text',
          { fontSize: RING_FONT, fontWeight: 600, fill: muted ? NO_DATA_LABEL_COLOUR : LABEL_COLOUR },
          h(
            'textPath',
            {
              href: `#${id}`,
              startOffset: '50%',
              textAnchor: 'middle',
              ...(fits ? {} : { textLength: arc(radius) - 8, lengthAdjust: 'spacingAndGlyphs' }),
            },
            line,
          ),
        ),
      );
    }),
  );
}

/** Ecological names outside the edge, beside their wedge. */
export function EcologicalLabel({ text, index, count, muted }: Omit<LabelProps, 'idPrefix'>): ReactNode {
  const angles = wedgeAngles(index, count);
  const anchor = outsideAnchor(angles.mid);
  const lines = splitLabel(text, anchor === 'middle' ? 26 : 16);
  const at = pointAt(L.cx, L.cy, L.label, angles.mid);
  const height = (lines.length - 1) * (OUTSIDE_FONT + 1.5);
  const firstY =
    anchor === 'middle'
      ? inLowerHalf(angles.mid)
        ? at.y + OUTSIDE_FONT
        : at.y - height
      : at.y - height / 2 + OUTSIDE_FONT / 3;
  return h(
    'text',
    {
      x: at.x,
      y: firstY,
      textAnchor: anchor,
      fontSize: OUTSIDE_FONT,
      fontWeight: 600,
      fill: muted ? NO_DATA_LABEL_COLOUR : LABEL_COLOUR,
    },
    ...lines.map((line, i) =>
      h('tspan', { key: `${i}`, x: at.x, dy: i === 0 ? 0 : OUTSIDE_FONT + 1.5 }, line),
    ),
  );
}

/** The foundation and the ceiling, drawn over the wedges (both Doughnuts). */
export function ringEdges(): ReactElement[] {
  return [L.foundation, L.ceiling].map((r) =>
    h(Dot, {
      key: `edge-${r}`,
      cx: L.cx,
      cy: L.cy,
      r,
      fill: 'none',
      stroke: RING_EDGE_COLOUR,
      strokeWidth: 1.5,
    }),
  );
}

/**
 * The dimensions' names (both Doughnuts): social along the ring, ecological outside the
 * edge; `muted` greys the name of a dimension without a figure or untouched.
 */
export function dimensionLabels<T extends { dimension: Dimension }>(
  wedges: { social: readonly T[]; ecological: readonly T[] },
  lang: Lang,
  idPrefix: string,
  muted: (wedge: T) => boolean,
): ReactElement[] {
  const { social, ecological } = wedges;
  return [
    ...social.map((wedge, i) =>
      h(SocialLabel, {
        key: `label-${wedge.dimension}`,
        text: dimensionLabel(wedge.dimension, lang),
        index: i,
        count: social.length,
        idPrefix,
        muted: muted(wedge),
      }),
    ),
    ...ecological.map((wedge, i) =>
      h(EcologicalLabel, {
        key: `label-${wedge.dimension}`,
        text: dimensionLabel(wedge.dimension, lang),
        index: i,
        count: ecological.length,
        muted: muted(wedge),
      }),
    ),
  ];
}

export interface LabelProps {
  text: string;
  index: number;
  count: number;
  idPrefix: string;
  muted: boolean;
}

/**
 * The Doughnut of one scenario in one year, drawn with Recharts' Sector: the green ring
 * is the safe and just space, shortfalls (rose) reach inward from it, overshoots outward.
 */
export function DoughnutChart(props: {
  statuses: readonly DimensionStatus[];
  year: number;
  idPrefix: string;
  /** Added to the chart's title, e.g. the City Portrait lens it shows. */
  subtitle?: string;
  /** The SVG's class; a lens's small Doughnut is 'doughnut doughnut-lens'. */
  className?: string;
}): ReactNode {
  const { t, lang } = useReport();
  const social = props.statuses.filter((s) => s.kind === 'floor');
  const ecological = props.statuses.filter((s) => s.kind === 'ceiling');
  const ring = { cx: L.cx, cy: L.cy, startAngle: 90, endAngle: -270 };
  return h(
    Surface,
    {
      width: L.width,
      height: L.height,
      title:
        props.subtitle === undefined
          ? t('doughnutChartLabel', { year: props.year })
          : `${t('doughnutChartLabel', { year: props.year })} · ${props.subtitle}`,
      desc: t('doughnutScale'),
      className: props.className ?? 'doughnut',
    },
    ...social.map((entry, i) => h(Wedge, { key: entry.dimension, entry, index: i, count: social.length })),
    ...ecological.map((entry, i) =>
      h(Wedge, { key: entry.dimension, entry, index: i, count: ecological.length }),
    ),
    // The ring's fill without a stroke (a full-circle sector would show its seam at the top), then its two edges.
    h(Sector, {
      ...ring,
      innerRadius: L.foundation,
      outerRadius: L.ceiling,
      fill: RING_COLOUR,
      stroke: 'none',
    }),
    ...ringEdges(),
    ...dimensionLabels({ social, ecological }, lang, props.idPrefix, (entry) => entry.status === null),
  );
}
