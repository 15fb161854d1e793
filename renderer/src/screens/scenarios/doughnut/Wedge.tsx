import type { KeyboardEvent } from 'react';
import { Sector } from 'recharts';
import type { DimensionStatus } from '../../../../../src/charts/dimension-status';
import {
  beyondScale,
  pointAt,
  rechartsAngle,
  wedgeRadii,
  wedgeRoom,
  type AppDoughnutLayout as DoughnutLayout,
  type WedgeAngles,
} from '../../../../../src/charts/doughnut';
import {
  BREACH_COLOUR,
  BREACH_EDGE_COLOUR,
  ROOM_COLOUR,
  ROOM_EDGE_COLOUR,
} from '../../../../../src/charts/colours';

interface WedgeProps {
  entry: DimensionStatus;
  angles: WedgeAngles;
  layout: DoughnutLayout;
  label: string;
  selected: boolean;
  /** Absent in a comparison's small Doughnut, whose wedges are not controls. */
  onSelect?: (() => void) | undefined;
  /** The one wedge Tab reaches; the arrow keys move between wedges from there (a roving tab stop). */
  tabStop: boolean;
  /** Moves focus to another wedge: -1 / +1 the previous or next, 'first' or 'last'. */
  onNavigate: (to: -1 | 1 | 'first' | 'last') => void;
  noDataFill: string;
}

const NAVIGATION: Record<string, -1 | 1 | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * One dimension: its room (the whole space its wedge may take, and the click target)
 * and the wedge itself, from the foundation inward or from the ceiling outward.
 */
export function Wedge(props: WedgeProps) {
  const { entry, angles, layout, label, selected, onSelect, tabStop, onNavigate, noDataFill } = props;
  const room = wedgeRoom(entry.kind, layout);
  const status = entry.status ?? 0;
  const radii = wedgeRadii(entry.kind, status, layout);
  const startAngle = rechartsAngle(angles.start);
  const endAngle = rechartsAngle(angles.end);
  const shape = { cx: layout.cx, cy: layout.cy, startAngle, endAngle };
  const tip = pointAt(layout.cx, layout.cy, layout.outer + 6, angles.mid);
  const interactive = onSelect !== undefined;

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const to = NAVIGATION[event.key];
    if (to !== undefined) {
      event.preventDefault();
      onNavigate(to);
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect?.();
  };

  return (
    <g
      className={selected ? 'doughnut__wedge doughnut__wedge--selected' : 'doughnut__wedge'}
      data-testid="doughnut-wedge"
      data-dimension={entry.dimension}
      data-status={entry.status ?? ''}
      {...(interactive
        ? {
            role: 'button',
            tabIndex: tabStop ? 0 : -1,
            'aria-label': label,
            'aria-pressed': selected,
            onClick: onSelect,
            onKeyDown,
          }
        : {})}
    >
      <title>{label}</title>
      <Sector
        {...shape}
        className="doughnut__room"
        innerRadius={room.inner}
        outerRadius={room.outer}
        fill={entry.status === null ? noDataFill : ROOM_COLOUR}
        stroke={ROOM_EDGE_COLOUR}
        strokeWidth={1}
      />
      {status > 0 && (
        <Sector
          {...shape}
          className="doughnut__breach"
          innerRadius={radii.inner}
          outerRadius={radii.outer}
          fill={BREACH_COLOUR}
          stroke={BREACH_EDGE_COLOUR}
          strokeWidth={1}
        />
      )}
      {entry.kind === 'ceiling' && beyondScale(status) && (
        <circle cx={tip.x} cy={tip.y} r={3.5} fill={BREACH_EDGE_COLOUR} data-testid="beyond-scale" />
      )}
      {selected && (
        <Sector
          {...shape}
          className="doughnut__outline"
          innerRadius={room.inner}
          outerRadius={room.outer}
          fill="none"
          strokeWidth={3}
        />
      )}
    </g>
  );
}
