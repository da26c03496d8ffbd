import type { ChartData } from './aggregate'

/**
 * A stacked bar chart laid out as plain geometry, drawn by the admin as inline SVG: no chart library,
 * no script, nothing fetched from another origin. Colours are distinguishable in grey too (they differ
 * in lightness) and each bar carries its numbers as a title for screen readers and tooltips.
 */

export const palette = [
  '#0b5d4b',
  '#c26a00',
  '#3d5a9e',
  '#8e3b6b',
  '#6b8e23',
  '#5c5c5c',
  '#b3261e',
  '#1f7a8c',
]

export interface Bar {
  x: number
  y: number
  width: number
  height: number
  colour: string
  title: string
}
export interface ChartLayout {
  width: number
  height: number
  plot: { left: number; top: number; right: number; bottom: number }
  bars: Bar[]
  yTicks: { y: number; value: number }[]
  xLabels: { x: number; text: string }[]
  legend: { name: string; colour: string }[]
}

/** A round step for the axis: 1, 2 or 5 times a power of ten, giving about four ticks. */
export function niceStep(max: number): number {
  if (max <= 0) return 1
  const rough = max / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!
  return Math.max(1, step)
}

export function stackedBars(chart: ChartData, width = 720, height = 240): ChartLayout {
  const plot = { left: 48, top: 12, right: width - 8, bottom: height - 40 }
  const totals = chart.labels.map((_, i) => chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))
  const step = niceStep(Math.max(0, ...totals))
  const top = Math.max(step, Math.ceil(Math.max(0, ...totals) / step) * step)
  const scale = (plot.bottom - plot.top) / top
  const slot = chart.labels.length === 0 ? 0 : (plot.right - plot.left) / chart.labels.length
  const barWidth = Math.max(1, slot * 0.7)
  const bars: Bar[] = []
  chart.labels.forEach((label, i) => {
    let base = plot.bottom
    chart.series.forEach((series, s) => {
      const value = series.values[i] ?? 0
      if (value <= 0) return
      const barHeight = value * scale
      base -= barHeight
      bars.push({
        x: plot.left + slot * i + (slot - barWidth) / 2,
        y: base,
        width: barWidth,
        height: barHeight,
        colour: palette[s % palette.length]!,
        title: `${label}, ${series.name}: ${value}`,
      })
    })
  })
  const yTicks: ChartLayout['yTicks'] = []
  for (let value = 0; value <= top; value += step) yTicks.push({ y: plot.bottom - value * scale, value })
  // At most about twelve labels under the axis, evenly spread, so they never overlap.
  const every = Math.max(1, Math.ceil(chart.labels.length / 12))
  const xLabels = chart.labels
    .map((text, i) => ({ x: plot.left + slot * i + slot / 2, text, i }))
    .filter(({ i }) => i % every === 0)
    .map(({ x, text }) => ({ x, text }))
  const legend = chart.series.map((series, s) => ({
    name: series.name,
    colour: palette[s % palette.length]!,
  }))
  return { width, height, plot, bars, yTicks, xLabels, legend }
}
