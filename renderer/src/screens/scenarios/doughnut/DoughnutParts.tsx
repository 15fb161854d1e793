import type { ReactNode, Ref } from 'react';
import { Surface } from 'recharts';
import { ECOLOGICAL_DIMENSIONS, SOCIAL_DIMENSIONS, type Dimension } from '../../../../../src/model/doughnut';
import type { AppDoughnutLayout } from '../../../../../src/charts/doughnut';
import { NO_DATA_COLOUR, RING_COLOUR, RING_EDGE_COLOUR } from '../../../../../src/charts/colours';
import { EcologicalLabels, SocialLabels } from './DoughnutLabels';

/**
 * What the status Doughnut and the contribution Doughnut draw alike: the hatch for a
 * wedge without data (or untouched), the ring of the safe and just space with its two
 * edges, and the dimensions' names.
 */

/** The drawing itself: the layout's box scaled to its container, named by its one-line summary. */
export function DoughnutSurface(props: {
  layout: AppDoughnutLayout;
  compact: boolean;
  /** `group` when the wedges are buttons, else `img`. */
  role: 'img' | 'group';
  summary: string;
  testId: string;
  ref?: Ref<SVGSVGElement>;
  children: ReactNode;
}) {
  const { layout, compact, role, summary, testId, ref, children } = props;
  return (
    <Surface
      width="100%"
      height="100%"
      viewBox={{ x: 0, y: 0, width: layout.width, height: layout.height }}
      className={compact ? 'doughnut__svg doughnut__svg--compact' : 'doughnut__svg'}
      role={role}
      aria-label={summary}
      title={summary}
      data-testid={testId}
      ref={ref}
    >
      {children}
    </Surface>
  );
}

/** The grey hatch a wedge without a figure is filled with; `id` is what `url(#id)` names. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#f7f9fa" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={NO_DATA_COLOUR} strokeWidth="2" />
      </pattern>
    </defs>
  );
}

/** The safe and just space between foundation and ceiling, drawn as one thick circle. */
export function RingFill({ layout, opacity }: { layout: AppDoughnutLayout; opacity?: number }) {
  return (
    <circle
      cx={layout.cx}
      cy={layout.cy}
      r={(layout.foundation + layout.ceiling) / 2}
      fill="none"
      stroke={RING_COLOUR}
      strokeOpacity={opacity}
      strokeWidth={layout.ceiling - layout.foundation}
    />
  );
}

/** The foundation and the ceiling, over the wedges. */
export function RingEdges({ layout }: { layout: AppDoughnutLayout }) {
  return (
    <g fill="none" stroke={RING_EDGE_COLOUR} strokeWidth={2} pointerEvents="none">
      <circle cx={layout.cx} cy={layout.cy} r={layout.foundation} />
      <circle cx={layout.cx} cy={layout.cy} r={layout.ceiling} />
    </g>
  );
}

/** The social names along the ring, the ecological ones outside the edge. */
export function DimensionNames(props: {
  layout: AppDoughnutLayout;
  name: (dimension: Dimension) => string;
  idPrefix: string;
}) {
  const { layout, name, idPrefix } = props;
  return (
    <>
      <SocialLabels layout={layout} labels={SOCIAL_DIMENSIONS.map(name)} idPrefix={idPrefix} />
      <EcologicalLabels layout={layout} labels={ECOLOGICAL_DIMENSIONS.map(name)} />
    </>
  );
}
