import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { Link } from 'react-router-dom';
import { formatNumber } from '../ui/format';
import type { Flow, FlowLink, FlowNode } from './round-flow-model';

/** Links carry nothing of their own beyond what d3-sankey reads; their ends become nodes once laid out. */
type LinkExtra = Pick<FlowLink, 'value'>;
type Node = SankeyNode<FlowNode, LinkExtra>;
type Edge = SankeyLink<FlowNode, LinkExtra>;

/** The drawing's own units; the SVG scales to its card, so at 1440 px one unit is about one pixel. */
const width = 1000;
const labelRoom = 300;
const rowHeight = 40;
const longestLabel = 34;

/** Long legal names would run off the drawing: shortened, with the whole name in the node's tooltip. */
function shortened(label: string): string {
  return label.length > longestLabel ? `${label.slice(0, longestLabel - 1).trimEnd()}…` : label;
}

/** Lays the flow out with d3-sankey; React draws it, so no d3 touches the DOM. */
function layout(flow: Flow): { nodes: Node[]; links: Edge[]; height: number } {
  const rows = Math.max(...[0, 1, 2].map((c) => flow.nodes.filter((n) => n.column === c).length));
  const height = Math.max(240, rows * rowHeight);
  const graph = sankey<FlowNode, LinkExtra>()
    .nodeId((node) => node.id)
    // Columns by role, not by links: a round that holds units leads nowhere yet belongs with the rounds.
    .nodeAlign((node) => node.column)
    .nodeSort((a, b) => a.order - b.order)
    .nodeWidth(14)
    .nodePadding(18)
    .extent([
      [1, 6],
      [width - labelRoom, height - 6],
    ])({
    // d3-sankey writes its layout into what it is given: copies keep the model as it was.
    nodes: flow.nodes.map((node) => ({ ...node })),
    links: flow.links.map((link) => ({ ...link })),
  });
  return { nodes: graph.nodes, links: graph.links, height };
}

const path = sankeyLinkHorizontal<FlowNode, LinkExtra>();

/** A link's end as laid out: d3-sankey swaps the ids it was given for the nodes they name. */
function nodeAt(end: Edge['source']): Node | undefined {
  return typeof end === 'object' ? end : undefined;
}

/**
 * Supply → rounds → buyers as a Sankey diagram: the stock and output planned up to the round's last month,
 * what other committed rounds hold of it, what this round awards and to whom, and what it leaves. The
 * caption says the same in words.
 */
export function RoundFlow({ flow }: { flow: Flow }) {
  const { nodes, links, height } = layout(flow);
  return (
    <figure className="flow" data-testid="flow">
      <svg
        className="flow__chart"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={flow.summary}
        preserveAspectRatio="xMinYMin meet"
      >
        <g className="flow__links">
          {links.map((link) => {
            const source = nodeAt(link.source);
            const target = nodeAt(link.target);
            return (
              <path
                key={`${source?.id ?? ''}-${target?.id ?? ''}`}
                className={`flow__link flow__link--${target?.kind ?? 'buyer'}`}
                d={path(link) ?? undefined}
                strokeWidth={Math.max(1, link.width ?? 1)}
              >
                <title>
                  {source?.label} → {target?.label}: {formatNumber(link.value)} units
                </title>
              </path>
            );
          })}
        </g>
        {nodes.map((node) => {
          const x0 = node.x0 ?? 0;
          const x1 = node.x1 ?? 0;
          const y0 = node.y0 ?? 0;
          const y1 = node.y1 ?? 0;
          const label = (
            <text className="flow__label" x={x1 + 6} y={(y0 + y1) / 2} dy="0.35em">
              <tspan className="flow__name">{shortened(node.label)}</tspan>
              <tspan className="flow__value" dx="8">
                {formatNumber(node.value)}
              </tspan>
            </text>
          );
          return (
            <g key={node.id} className={`flow__node flow__node--${node.kind}`} data-node={node.id}>
              <title>
                {node.label}: {formatNumber(node.value)} units
              </title>
              <rect x={x0} y={y0} width={x1 - x0} height={Math.max(1, y1 - y0)} />
              {node.roundId ? <Link to={`/rounds/${encodeURIComponent(node.roundId)}`}>{label}</Link> : label}
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small flow__caption">{flow.summary}</figcaption>
    </figure>
  );
}
