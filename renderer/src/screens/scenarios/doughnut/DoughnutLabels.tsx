import {
  arcLength,
  inLowerHalf,
  outsideAnchor,
  pointAt,
  splitLabel,
  textArcPath,
  wedgeAngles,
  type AppDoughnutLayout as DoughnutLayout,
} from '../../../../../src/charts/doughnut';
import { LABEL_COLOUR } from '../../../../../src/charts/colours';

/** About how wide a character of the chart's font is, as a share of its size. */
const CHAR_WIDTH = 0.56;

interface LabelsProps {
  layout: DoughnutLayout;
  labels: readonly string[];
  /** Prefix for the ids of the text paths (unique per chart). */
  idPrefix: string;
}

/**
 * The social dimensions' names run along the ring (the safe and just space), in up to
 * two lines; a name too long for its arc is squeezed to fit rather than cut.
 */
export function SocialLabels({ layout, labels, idPrefix }: LabelsProps) {
  const middle = (layout.foundation + layout.ceiling) / 2;
  const RING_FONT = layout.ringFont;
  return (
    <g className="doughnut__labels" aria-hidden="true">
      {labels.map((label, index) => {
        const angles = wedgeAngles(index, labels.length);
        const room = arcLength(layout.foundation + 8, angles);
        const lines = splitLabel(label, Math.floor(room / (RING_FONT * CHAR_WIDTH)));
        // The first line is the upper one: outside on the top half, inside on the bottom half.
        const step = RING_FONT + 2;
        const up = inLowerHalf(angles.mid) ? -1 : 1;
        return lines.map((line, i) => {
          // Centred on its line: the glyphs stand on the path, on the side away from the centre at the top.
          const radius = middle + ((lines.length - 1) / 2 - i) * step * up - up * RING_FONT * 0.35;
          const id = `${idPrefix}-social-${index}-${i}`;
          const fits = line.length * RING_FONT * CHAR_WIDTH <= arcLength(radius, angles) - 6;
          return (
            <g key={id}>
              <path id={id} d={textArcPath(layout.cx, layout.cy, radius, angles)} fill="none" />
              <text fontSize={RING_FONT} fontWeight={600} fill={LABEL_COLOUR}>
                <textPath
                  href={`#${id}`}
                  startOffset="50%"
                  textAnchor="middle"
                  {...(fits
                    ? {}
                    : { textLength: arcLength(radius, angles) - 8, lengthAdjust: 'spacingAndGlyphs' })}
                >
                  {line}
                </textPath>
              </text>
            </g>
          );
        });
      })}
    </g>
  );
}

/** The ecological dimensions' names outside the chart, beside the end of their wedge's room. */
export function EcologicalLabels({ layout, labels }: Omit<LabelsProps, 'idPrefix'>) {
  const OUTSIDE_FONT = layout.outsideFont;
  return (
    <g className="doughnut__labels" aria-hidden="true">
      {labels.map((label, index) => {
        const angles = wedgeAngles(index, labels.length);
        const anchor = outsideAnchor(angles.mid);
        const lines = splitLabel(label, anchor === 'middle' ? 24 : 15);
        const at = pointAt(layout.cx, layout.cy, layout.label, angles.mid);
        // Labels above the centre grow upward, below it downward, beside it around the point.
        const lower = inLowerHalf(angles.mid);
        const height = (lines.length - 1) * (OUTSIDE_FONT + 2);
        const firstY =
          anchor === 'middle'
            ? lower
              ? at.y + OUTSIDE_FONT
              : at.y - height
            : at.y - height / 2 + OUTSIDE_FONT / 3;
        return (
          <text
            key={label}
            x={at.x}
            y={firstY}
            textAnchor={anchor}
            fontSize={OUTSIDE_FONT}
            fontWeight={600}
            fill={LABEL_COLOUR}
          >
            {lines.map((line, i) => (
              <tspan key={line} x={at.x} dy={i === 0 ? 0 : OUTSIDE_FONT + 2}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}
