import { useTranslation } from 'react-i18next';
import { Sankey, Tooltip, type SankeyLinkProps, type SankeyNodeProps } from 'recharts';
import { GAP_COLOUR, OWN_REVENUE_COLOUR } from '../../../../../../src/charts/colours';
import type { SankeyNodeDatum, SiloCategoryFlows } from '../../../../domain/analysis/fundingCharts';
import { ChartFigure } from '../../../analysis/charts/ChartFigure';
import { useChartFormat } from '../../../analysis/charts/useChartFormat';

const CATEGORY_COLOUR = '#0f5156';

interface SiloSankeyChartProps {
  flows: SiloCategoryFlows;
  colours: ReadonlyMap<string, string>;
}

/** Silos and own revenue on the left flow into cost categories on the right; the gap flows in grey. */
export function SiloSankeyChart({ flows, colours }: SiloSankeyChartProps) {
  const { t } = useTranslation();
  const format = useChartFormat();
  const colourOf = (node: SankeyNodeDatum) =>
    node.kind === 'silo'
      ? (colours.get(node.code) ?? GAP_COLOUR)
      : node.kind === 'ownRevenue'
        ? OWN_REVENUE_COLOUR
        : node.kind === 'gap'
          ? GAP_COLOUR
          : CATEGORY_COLOUR;

  // Render functions rather than components: Recharts calls them with its layout, and
  // they find the node's own data (kind, code) by index in the flows they were given.
  const renderNode = ({ x, y, width, height, index, payload }: SankeyNodeProps) => {
    const node = flows.nodes[index];
    if (node === undefined) return <g />;
    const isSource = node.kind !== 'category';
    return (
      <g>
        <rect x={x} y={y} width={width} height={Math.max(height, 1)} fill={colourOf(node)} />
        <text
          x={isSource ? x + width + 6 : x - 6}
          y={y + height / 2}
          textAnchor={isSource ? 'start' : 'end'}
          dominantBaseline="middle"
          fontSize={12}
          fill="#1c2329"
          stroke="#fff"
          strokeWidth={3}
          strokeOpacity={0.85}
          paintOrder="stroke"
        >
          {`${node.name} (${format.axis(Number(payload.value))})`}
        </text>
      </g>
    );
  };

  const renderLink = (props: SankeyLinkProps) => {
    const { sourceX, targetX, sourceY, targetY, sourceControlX, targetControlX, linkWidth, index } = props;
    const source = flows.nodes[flows.links[index]?.source ?? -1];
    return (
      <path
        d={`M${sourceX},${sourceY} C${sourceControlX},${sourceY} ${targetControlX},${targetY} ${targetX},${targetY}`}
        fill="none"
        stroke={source === undefined ? GAP_COLOUR : colourOf(source)}
        strokeWidth={Math.max(linkWidth, 1)}
        strokeOpacity={0.45}
      />
    );
  };

  const table = {
    head: [t('charts.from'), t('charts.to'), t('charts.amount')],
    rows: flows.links.map((link) => ({
      key: `${link.source}-${link.target}`,
      cells: [
        flows.nodes[link.source]?.name ?? '',
        flows.nodes[link.target]?.name ?? '',
        format.money(link.value),
      ],
    })),
  };

  return (
    <ChartFigure
      id="silo-sankey"
      title={t('charts.sankeyTitle')}
      summary={t('charts.sankeySummary')}
      table={table}
      testId="chart-sankey"
    >
      <Sankey
        data={{ nodes: flows.nodes, links: flows.links }}
        width="100%"
        height={320}
        node={renderNode}
        link={renderLink}
        nodePadding={22}
        nodeWidth={12}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <Tooltip formatter={format.tooltip} />
      </Sankey>
    </ChartFigure>
  );
}
