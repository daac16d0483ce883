// The geometry of a comparison chart, computed at build time so the page ships a plain SVG:
// time across, the figure up, each claim a mark. An exact figure is a dot; an interval is a bar
// between its bounds; an open end (`more than 340`) runs to the edge of the plot with an arrow,
// because the words set no limit there. A strict bound is drawn hollow, an inclusive one solid.
import { formatPlain } from './format-change.ts';
import type { Interval } from './matchable-claim.ts';

/** One dated figure to draw. */
export interface ChartInput {
  /** The claim id, for the mark's link. */
  id: string;
  /** The instant the figure is placed at (UTC milliseconds). */
  at: number;
  /** The figure's stated interval on the chart's scale. */
  interval: Interval;
  /** Accessible name of the mark: what, when, who. */
  label: string;
}

/** One drawn figure. */
export interface ChartMark {
  id: string;
  label: string;
  x: number;
  /** Top and bottom of the mark (equal for a dot). */
  yTop: number;
  yBottom: number;
  /** The mark runs off the top or the bottom of the plot: no bound on that side. */
  openTop: boolean;
  openBottom: boolean;
  /** Ends drawn hollow: the bound itself is excluded (`more than`). */
  hollowTop: boolean;
  hollowBottom: boolean;
  /** True for a single value (a dot), false for a range. */
  point: boolean;
}

/** A chart's full geometry. */
export interface ChartLayout {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: Array<{ x: number; label: string }>;
  yTicks: Array<{ y: number; label: string }>;
  marks: ChartMark[];
}

/** Chart size and margins in SVG user units. */
export interface ChartSize {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The size the comparison pages draw at (the SVG scales to its container). */
export const DEFAULT_CHART_SIZE: Readonly<ChartSize> = Object.freeze({
  width: 640,
  height: 300,
  margin: { top: 16, right: 24, bottom: 36, left: 96 },
});

const YEAR = 365.2425 * 86_400_000;
/** Marks closer than this horizontally are spread apart so neither hides the other. */
const MIN_GAP = 14;

/** A round step near `raw`: 1, 2 or 5 times a power of ten. */
function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** The y domain: every finite bound, padded, widened to round ticks, from 0 when that is close. */
function valueDomain(inputs: readonly ChartInput[]): { min: number; max: number; step: number } {
  const values = inputs.flatMap((input) => [input.interval.lo?.value, input.interval.hi?.value]).filter((v): v is number => v !== undefined);
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (values.length === 0) [min, max] = [0, 1];
  if (min === max) [min, max] = [min - Math.abs(min) * 0.1 - 1, max + Math.abs(max) * 0.1 + 1];
  const pad = (max - min) * 0.15;
  min -= pad;
  max += pad;
  if (min > 0 && min < (max - min) * 0.6) min = 0;
  if (values.every((v) => v >= 0) && min < 0) min = 0;
  const step = niceStep((max - min) / 5);
  return { min: Math.floor(min / step) * step, max: Math.ceil(max / step) * step, step };
}

/** Lays out a chart of dated figures (see ChartLayout). */
export function layoutChart(inputs: readonly ChartInput[], size: ChartSize = DEFAULT_CHART_SIZE): ChartLayout {
  const plot = {
    left: size.margin.left,
    right: size.width - size.margin.right,
    top: size.margin.top,
    bottom: size.height - size.margin.bottom,
  };
  const times = inputs.map((input) => input.at);
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (inputs.length === 0) [t0, t1] = [0, YEAR];
  if (t1 - t0 < YEAR / 2) [t0, t1] = [(t0 + t1) / 2 - YEAR / 2, (t0 + t1) / 2 + YEAR / 2];
  const tPad = (t1 - t0) * 0.1;
  t0 -= tPad;
  t1 += tPad;
  const x = (t: number) => plot.left + ((t - t0) / (t1 - t0)) * (plot.right - plot.left);

  const { min, max, step } = valueDomain(inputs);
  const y = (v: number) => plot.bottom - ((v - min) / (max - min)) * (plot.bottom - plot.top);

  const firstYear = new Date(t0).getUTCFullYear() + 1;
  const lastYear = new Date(t1).getUTCFullYear();
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const xTicks: ChartLayout['xTicks'] = [];
  for (let year = firstYear; year <= lastYear; year += yearStep) xTicks.push({ x: x(Date.UTC(year, 0, 1)), label: String(year) });

  const yTicks: ChartLayout['yTicks'] = [];
  for (let v = min; v <= max + step / 2; v += step) yTicks.push({ y: y(v), label: formatPlain(Number(v.toPrecision(12))) });

  const marks: ChartMark[] = inputs
    .map((input) => {
      const { lo, hi } = input.interval;
      const point = lo !== null && hi !== null && lo.value === hi.value;
      return {
        id: input.id,
        label: input.label,
        x: x(input.at),
        yTop: hi === null ? plot.top : y(hi.value),
        yBottom: lo === null ? plot.bottom : y(lo.value),
        openTop: hi === null,
        openBottom: lo === null,
        hollowTop: hi?.strict ?? false,
        hollowBottom: lo?.strict ?? false,
        point,
      };
    })
    .sort((a, b) => a.x - b.x);
  for (let i = 1; i < marks.length; i += 1) {
    if (marks[i]!.x - marks[i - 1]!.x < MIN_GAP) marks[i]!.x = marks[i - 1]!.x + MIN_GAP;
  }
  return { width: size.width, height: size.height, plot, xTicks, yTicks, marks };
}
