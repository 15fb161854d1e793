import { yearKey } from './keys';
import { cellsOf } from './formulation-hall';
import { planYearKey, type Cell, type Formulation, type FundVar } from './formulation-model';
import type { BlendProblem } from './problem';

/** A real-valued amount of a stream on one cost line and year, before rounding to cents. */
export interface LineAmount {
  planIndex: number;
  streamIndex: number;
  costId: string;
  year: number;
  amount: number;
}

interface Edge {
  to: number;
  capacity: number;
  reverse: number;
}

/** Max flow by shortest augmenting paths; the graphs here have a few dozen nodes. */
class FlowNetwork {
  readonly edges: Edge[][] = [];

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.edges.push([]);
  }

  add(from: number, to: number, capacity: number): Edge {
    const forward: Edge = { to, capacity, reverse: this.edges[to]!.length };
    this.edges[from]!.push(forward);
    this.edges[to]!.push({ to: from, capacity: 0, reverse: this.edges[from]!.length - 1 });
    return forward;
  }

  maxFlow(source: number, sink: number): void {
    const size = this.edges.length;
    // Per node, the node and edge it was reached by in this search (-1: not reached).
    const fromNode = new Int32Array(size);
    const fromEdge = new Int32Array(size);
    const queue = new Int32Array(size);
    for (;;) {
      fromNode.fill(-1);
      fromNode[source] = source;
      let head = 0;
      let tail = 0;
      queue[tail++] = source;
      while (head < tail && fromNode[sink] === -1) {
        const node = queue[head++]!;
        const out = this.edges[node]!;
        for (let i = 0; i < out.length; i++) {
          const edge = out[i]!;
          if (edge.capacity > 1e-9 && fromNode[edge.to] === -1) {
            fromNode[edge.to] = node;
            fromEdge[edge.to] = i;
            queue[tail++] = edge.to;
          }
        }
      }
      if (fromNode[sink] === -1) return;
      let push = Infinity;
      for (let node = sink; node !== source; node = fromNode[node]!) {
        push = Math.min(push, this.edges[fromNode[node]!]![fromEdge[node]!]!.capacity);
      }
      for (let node = sink; node !== source; node = fromNode[node]!) {
        const edge = this.edges[fromNode[node]!]![fromEdge[node]!]!;
        edge.capacity -= push;
        this.edges[node]![edge.reverse]!.capacity += push;
      }
    }
  }
}

/** Splits each stream's yearly amount over the cells it may pay (a transport problem per plan and year). */
function toCells(
  cells: readonly Cell[],
  vars: FundVar[],
  values: Float64Array,
): { streamIndex: number; cell: number; amount: number }[] {
  const source = 0;
  const sink = 1 + vars.length + cells.length;
  const network = new FlowNetwork(sink + 1);
  const links: { v: FundVar; cell: number; edge: Edge }[] = [];
  // Finite "unlimited" middle edges, so used flow is capacity minus what is left.
  const capacity = 1 + vars.reduce((sum, v) => sum + Math.max(0, values[v.col]!), 0);
  vars.forEach((v, i) => {
    network.add(source, 1 + i, Math.max(0, values[v.col]!));
    for (const cell of cellsOf(v.mask, cells)) {
      links.push({ v, cell, edge: network.add(1 + i, 1 + vars.length + cell, capacity) });
    }
  });
  cells.forEach((cell, c) => network.add(1 + vars.length + c, sink, cell.capacity));
  network.maxFlow(source, sink);
  return links
    .map(({ v, cell, edge }) => ({ streamIndex: v.streamIndex, cell, amount: capacity - edge.capacity }))
    .filter((flow) => flow.amount > 1e-9);
}

/** From yearly stream amounts to amounts per cost line: lines of a category fill in their order. */
export function toLines(problem: BlendProblem, f: Formulation, values: Float64Array): LineAmount[] {
  const out: LineAmount[] = [];
  for (const plan of problem.plans) {
    for (const year of plan.years) {
      const vars = (f.fundsByPlan[plan.index] ?? []).filter((v) => v.year === year && values[v.col]! > 1e-9);
      if (vars.length === 0) continue;
      const cells = f.cells.get(planYearKey(plan.index, year)) ?? [];
      const open = new Map(
        plan.lines.map((line) => [line.id, f.freeLine.get(yearKey(line.slot, year)) ?? 0]),
      );
      for (const flow of toCells(cells, vars, values)) {
        let rest = flow.amount;
        for (const lineId of cells[flow.cell]!.lineIds) {
          if (rest <= 1e-9) break;
          const room = open.get(lineId) ?? 0;
          const take = Math.min(room, rest);
          if (take <= 1e-9) continue;
          open.set(lineId, room - take);
          rest -= take;
          out.push({
            planIndex: plan.index,
            streamIndex: flow.streamIndex,
            costId: lineId,
            year,
            amount: take,
          });
        }
      }
    }
  }
  return out;
}
