import { describe, expect, it } from 'vitest';
import { allocationGrid } from '../../renderer/src/domain/analysis/allocationGrid';
import { allocationTotals, ownRevenueRows } from '../../renderer/src/domain/analysis/allocationTotals';
import { moneyAxis, niceAxis } from '../../src/charts/scale';
import { cashFlowChart } from '../../renderer/src/domain/analysis/cashFlowChart';
import { GAP_COLOUR, SERIES_COLOURS, siloColours } from '../../src/charts/colours';
import { closesGap, orderExplanations } from '../../renderer/src/domain/analysis/explanations';
import { fundingBySilo, siloCategoryFlows } from '../../renderer/src/domain/analysis/fundingCharts';
import type { AnalysedAllocation, CashFlowJson, Explanation } from '../../renderer/src/domain/analysis/types';
import type { PlanJson } from '../../src/model/plan';

const plan: PlanJson = {
  id: 'zon',
  cooperativeId: 'oost',
  name: 'Zon',
  startYear: 2026,
  years: 2,
  costs: [
    { id: 'pv', category: 'capex', label: 'Panelen', amounts: { '2026': 1000, '2027': 500 } },
    { id: 'uren', category: 'personnel', label: 'Uren', amounts: { '2026': 200 } },
  ],
  locked: [{ streamId: 'lening', costId: 'pv', year: 2027, amount: 100 }],
};

function allocation(
  streamId: string,
  silo: string,
  costId: string,
  year: number,
  amount: number,
): AnalysedAllocation {
  return {
    planId: 'zon',
    streamId,
    costId,
    year,
    amount,
    silo,
    kind: 'grant',
    category: costId === 'pv' ? 'capex' : 'personnel',
    locked: false,
  };
}

const allocations = [
  allocation('fonds', 'gemeente', 'pv', 2026, 600.1),
  allocation('fonds', 'gemeente', 'uren', 2026, 200),
  allocation('lening', 'bank', 'pv', 2026, 100.2),
  allocation('lening', 'bank', 'pv', 2027, 100),
];

describe('funding per year by silo', () => {
  it('stacks each year by silo, largest silo first, with the gap on top', () => {
    const data = fundingBySilo(plan, allocations);
    expect(data.silos).toEqual(['gemeente', 'bank']);
    expect(data.years).toEqual([
      {
        year: 2026,
        bySilo: { gemeente: 800.1, bank: 100.2 },
        funded: 900.3,
        ownRevenue: 0,
        cost: 1200,
        gap: 299.7,
      },
      { year: 2027, bySilo: { bank: 100 }, funded: 100, ownRevenue: 0, cost: 500, gap: 400 },
    ]);
  });

  it('stacks own revenue between the silos and the gap: outside + own revenue + gap = cost', () => {
    const own = [
      { costId: 'pv', year: 2027, amount: 250.05 },
      { costId: 'uren', year: 2026, amount: 99.7 },
    ];
    const data = fundingBySilo(plan, allocations, own);
    expect(data.years.map((y) => [y.year, y.funded, y.ownRevenue, y.gap, y.cost])).toEqual([
      [2026, 900.3, 99.7, 200, 1200],
      [2027, 100, 250.05, 149.95, 500],
    ]);
  });

  it('never shows a negative gap', () => {
    const data = fundingBySilo(plan, [allocation('fonds', 'gemeente', 'pv', 2027, 900)]);
    expect(data.years[1]?.gap).toBe(0);
  });
});

describe('flows from silos to cost categories', () => {
  const names = {
    silo: (s: string) => s.toUpperCase(),
    category: (c: string) => `cat:${c}`,
    ownRevenue: 'Eigen inkomsten',
    gap: 'Tekort',
  };

  it('links each silo to the categories it pays for, and the gap to what is left', () => {
    const flows = siloCategoryFlows(plan, allocations, names);
    expect(flows.nodes.map((node) => node.name)).toEqual([
      'GEMEENTE',
      'BANK',
      'Tekort',
      'cat:capex',
      'cat:personnel',
    ]);
    expect(flows.links).toEqual([
      { source: 0, target: 3, value: 600.1 },
      { source: 0, target: 4, value: 200 },
      { source: 1, target: 3, value: 200.2 },
      { source: 2, target: 3, value: 699.7 },
    ]);
  });

  it('lets own revenue flow from its own node, and takes it off the gap', () => {
    const own = [
      { costId: 'pv', year: 2027, amount: 300 },
      { costId: 'uren', year: 2026, amount: 0 },
    ];
    const flows = siloCategoryFlows(plan, allocations, names, own);
    expect(flows.nodes.map((node) => [node.name, node.kind])).toEqual([
      ['GEMEENTE', 'silo'],
      ['BANK', 'silo'],
      ['Eigen inkomsten', 'ownRevenue'],
      ['Tekort', 'gap'],
      ['cat:capex', 'category'],
      ['cat:personnel', 'category'],
    ]);
    // capex: 1500 cost - 600.1 - 200.2 streams - 300 own revenue = 399.7 gap.
    expect(flows.links).toEqual([
      { source: 0, target: 4, value: 600.1 },
      { source: 0, target: 5, value: 200 },
      { source: 1, target: 4, value: 200.2 },
      { source: 2, target: 4, value: 300 },
      { source: 3, target: 4, value: 399.7 },
    ]);
  });

  it('leaves out the gap node when everything is funded', () => {
    const full = [
      allocation('fonds', 'gemeente', 'pv', 2026, 1500),
      allocation('fonds', 'gemeente', 'uren', 2026, 200),
    ];
    const flows = siloCategoryFlows(plan, full, names);
    expect(flows.nodes.some((node) => node.kind === 'gap')).toBe(false);
    expect(flows.links.every((link) => link.value > 0)).toBe(true);
  });

  it('draws no silo without a link and no link to a category the plan no longer has (a blend older than the plan)', () => {
    // The plan's period was shortened: "uren" has no amounts left, the old blend still pays it.
    const shorter: PlanJson = { ...plan, costs: [plan.costs[0]!, { ...plan.costs[1]!, amounts: {} }] };
    const stale = [
      allocation('fonds', 'gemeente', 'pv', 2026, 600),
      allocation('werk', 'uwv', 'uren', 2026, 200),
    ];
    const flows = siloCategoryFlows(shorter, stale, names);
    expect(flows.nodes.map((node) => node.name)).toEqual(['GEMEENTE', 'Tekort', 'cat:capex']);
    const linked = new Set(flows.links.flatMap((link) => [link.source, link.target]));
    expect(flows.nodes.every((_, index) => linked.has(index))).toBe(true);
    expect(flows.links.every((link) => link.target < flows.nodes.length && link.source >= 0)).toBe(true);
  });
});

describe('the cash-flow chart', () => {
  it('shows money in as positive and money out as negative bars, and marks the low point', () => {
    const year = (
      y: number,
      costs: number,
      inflow: number,
      revenue: number,
      debt: number,
      cumulative: number,
      own = 0,
    ) => ({
      year: y,
      costs,
      inflows: { grant: inflow, loan: 0, equity: 0, procurement: 0, 'in-kind': 0 },
      totalInflows: inflow,
      revenue,
      ownRevenue: own,
      interest: debt / 2,
      principal: debt / 2,
      debtService: debt,
      net: inflow + revenue - costs - debt,
      cumulative,
      dscr: debt > 0 ? (revenue - own) / debt : null,
    });
    const cashFlow: CashFlowJson = {
      firstYear: 2026,
      lastYear: 2027,
      years: [year(2026, 1200, 900.3, 0, 0, -299.7), year(2027, 500, 100, 50.1, 20, -669.6, 30)],
      loans: [],
      lowPoint: { year: 2027, cumulative: -669.6 },
      minDscr: 1.005,
      minDscrYear: 2027,
    };
    const chart = cashFlowChart(cashFlow);
    expect(chart.points.map((p) => [p.year, p.inflows, p.outflows])).toEqual([
      [2026, 900.3, -1200],
      [2027, 150.1, -520],
    ]);
    expect(chart.lowPoint).toEqual({ year: 2027, cumulative: -669.6 });
    expect(chart.lowPointIsShortfall).toBe(true);
    // Money in splits into outside funding, own revenue paying costs and the revenue left
    // for debt service; the DSCR is that rest over the debt service: 20.1 / 20.
    expect(chart.points.map((p) => [p.funding, p.ownRevenue, p.freeRevenue, p.debtService])).toEqual([
      [900.3, 0, 0, 0],
      [100, 30, 20.1, 20],
    ]);
    expect(chart.points.map((p) => p.dscr)).toEqual([null, expect.closeTo(1.005, 12)]);
    expect([chart.minDscr, chart.minDscrYear]).toEqual([1.005, 2027]);
  });
});

describe('the allocation table', () => {
  it('has a row per stream and cost line with money or a lock, and marks the locked cells', () => {
    const grid = allocationGrid(plan, allocations, (a, b) => a.localeCompare(b));
    expect(grid.years).toEqual([2026, 2027]);
    expect(grid.rows.map((row) => `${row.streamId}/${row.costId}`)).toEqual([
      'fonds/pv',
      'fonds/uren',
      'lening/pv',
    ]);
    const loan = grid.rows[2]!;
    expect(loan.cells).toEqual([
      { year: 2026, amount: 100.2, locked: false, lockedAmount: null },
      { year: 2027, amount: 100, locked: true, lockedAmount: 100 },
    ]);
    expect(loan.total).toBe(200.2);
  });

  it('shows a locked cell even when the blend gave it nothing', () => {
    const grid = allocationGrid(plan, [], (a, b) => a.localeCompare(b));
    expect(grid.rows).toHaveLength(1);
    expect(grid.rows[0]?.cells[1]).toEqual({ year: 2027, amount: 0, locked: true, lockedAmount: 100 });
  });
});

describe("the allocation table's own revenue and totals", () => {
  const own = [
    { costId: 'uren', year: 2026, amount: 0.1 },
    { costId: 'pv', year: 2027, amount: 250 },
    { costId: 'pv', year: 2027, amount: 0.05 },
  ];

  it('gives own revenue a row per cost line it pays, in the plan order', () => {
    expect(ownRevenueRows(plan, own)).toEqual([
      {
        costId: 'pv',
        cells: [
          { year: 2026, amount: 0 },
          { year: 2027, amount: 250.05 },
        ],
        total: 250.05,
      },
      {
        costId: 'uren',
        cells: [
          { year: 2026, amount: 0.1 },
          { year: 2027, amount: 0 },
        ],
        total: 0.1,
      },
    ]);
    expect(ownRevenueRows(plan, [])).toEqual([]);
  });

  it('adds up per year: outside + own revenue + gap = cost', () => {
    const totals = allocationTotals(plan, allocations, own);
    expect(totals.years).toEqual([
      { year: 2026, outside: 900.3, ownRevenue: 0.1, gap: 299.6, cost: 1200 },
      { year: 2027, outside: 100, ownRevenue: 250.05, gap: 149.95, cost: 500 },
    ]);
    expect(totals.total).toEqual({ outside: 1000.3, ownRevenue: 250.15, gap: 449.55, cost: 1700 });
  });
});

describe('series colours', () => {
  it('give each silo its own colour, independent of the order they come in', () => {
    const a = siloColours(['rijk', 'eu', 'gemeente']);
    const b = siloColours(['gemeente', 'rijk', 'eu']);
    expect([...a]).toEqual([...b]);
    expect(new Set(a.values()).size).toBe(3);
    expect([...a.values()].includes(GAP_COLOUR)).toBe(false);
  });

  it('are distinct from each other', () => {
    expect(new Set(SERIES_COLOURS).size).toBe(SERIES_COLOURS.length);
  });
});

describe('the explanations', () => {
  const explanation = (
    rule: Explanation['rule'],
    valuePerEuro: number,
    brokenByLock = false,
  ): Explanation => ({
    rule,
    streamId: null,
    planId: 'zon',
    cooperativeId: null,
    year: null,
    valuePerEuro,
    brokenByLock,
    excess: brokenByLock ? 10 : null,
    message: rule,
  });

  it('put rules broken by locks first, then the ones whose relaxing closes most', () => {
    const ordered = orderExplanations([
      explanation('budget', 0.2),
      explanation('maxPerPlan', 1),
      explanation('cover', 0, true),
      explanation('eligibility', 0),
    ]);
    expect(ordered.map((e) => e.rule)).toEqual(['cover', 'maxPerPlan', 'budget', 'eligibility']);
  });

  it('mention what an extra euro closes only when it closes at least a cent', () => {
    expect(closesGap(explanation('budget', 0.5))).toBe(true);
    expect(closesGap(explanation('budget', 0))).toBe(false);
    expect(closesGap(explanation('budget', 0.001))).toBe(false);
  });
});

describe('value axes', () => {
  it('use round steps that cover every value and include zero', () => {
    expect(moneyAxis([244000, 254500, 215500])).toEqual({
      domain: [0, 300000],
      ticks: [0, 100000, 200000, 300000],
    });
    expect(moneyAxis([900, -1200, -669.6])).toEqual({
      domain: [-1500, 1000],
      ticks: [-1500, -1000, -500, 0, 500, 1000],
    });
    expect(niceAxis([0.3, 0.1], 3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(moneyAxis([0, 0])).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(moneyAxis([])).toEqual({ domain: [0, 1], ticks: [0, 1] });
    // The report pads around zero instead.
    expect(niceAxis([0, 0])).toEqual({ domain: [-1, 1], ticks: [-1, -0.5, 0, 0.5, 1] });
  });
});
