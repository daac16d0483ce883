import { describe, expect, it } from 'vitest';
import { DEFAULT_CHART_SIZE, layoutChart, type ChartInput } from '../../src/lib/topics/layout-chart.ts';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const point = (id: string, when: string, lo: number | null, hi: number | null, strict = false): ChartInput => ({
  id,
  at: at(when),
  interval: { lo: lo === null ? null : { value: lo, strict }, hi: hi === null ? null : { value: hi, strict: false } },
  label: id,
});

describe('layoutChart', () => {
  const layout = layoutChart([point('more-than-340', '2021-09-24', 340, null, true), point('324', '2024-08-19', 324, 324)]);
  const [first, second] = layout.marks;

  it('places figures left to right in time, inside the plot', () => {
    expect(first!.id).toBe('more-than-340');
    expect(first!.x).toBeLessThan(second!.x);
    for (const mark of layout.marks) {
      expect(mark.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(mark.x).toBeLessThanOrEqual(layout.plot.right);
    }
  });

  it('draws an open upper end to the top edge, with a hollow strict lower end', () => {
    expect(first).toMatchObject({ point: false, openTop: true, openBottom: false, hollowBottom: true, yTop: layout.plot.top });
    expect(first!.yBottom).toBeCloseTo(layout.yTicks.find((tick) => tick.label === '340')!.y, 6);
  });

  it('draws an exact figure as a dot below the 340 mark', () => {
    expect(second).toMatchObject({ point: true, openTop: false, openBottom: false });
    expect(second!.yTop).toBe(second!.yBottom);
    expect(second!.yTop).toBeGreaterThan(first!.yBottom);
  });

  it('labels round values on the y axis and the years on the x axis', () => {
    expect(layout.yTicks.map((tick) => tick.label)).toEqual(['320', '325', '330', '335', '340', '345']);
    expect(layout.xTicks.map((tick) => tick.label)).toEqual(['2022', '2023', '2024']);
  });

  it('draws a range from its lower to its upper bound, from zero when the figures are near it', () => {
    const ranged = layoutChart([point('tens', '2021-09-24', 10_000, 99_999), point('about', '2024-08-19', 160_000, 160_000)]);
    expect(ranged.yTicks[0]!.label).toBe('0');
    const [tens] = ranged.marks;
    expect(tens).toMatchObject({ point: false, openTop: false, openBottom: false });
    expect(tens!.yBottom).toBeGreaterThan(tens!.yTop);
  });

  it('spreads figures of the same moment so neither hides the other', () => {
    const same = layoutChart([point('a', '2024-08-19', 1, 1), point('b', '2024-08-19', 2, 2)]);
    expect(Math.abs(same.marks[1]!.x - same.marks[0]!.x)).toBeGreaterThanOrEqual(14);
  });

  it('uses the default size unless told otherwise', () => {
    expect([layout.width, layout.height]).toEqual([DEFAULT_CHART_SIZE.width, DEFAULT_CHART_SIZE.height]);
  });
});
