import type { ChartData } from './aggregate'
import { stackedBars } from './chart'

/** A stacked bar chart as inline SVG, with its legend; the numbers are in the table beside it. */
export function Chart({ chart, id }: { chart: ChartData; id: string }) {
  const layout = stackedBars(chart)
  const { plot } = layout
  return (
    <figure style={{ margin: '0 0 1.5rem' }} data-testid={`chart-${id}`}>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ width: '100%', maxWidth: layout.width, height: 'auto' }}
        fontSize={11}
        fill="currentColor"
      >
        <title id={`${id}-title`}>{chart.title}</title>
        {layout.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#ccc" strokeWidth={0.5} />
            <text x={plot.left - 6} y={tick.y + 4} textAnchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => (
          <rect key={bar.title} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.colour}>
            <title>{bar.title}</title>
          </rect>
        ))}
        {layout.xLabels.map((label) => (
          <text key={label.text} x={label.x} y={plot.bottom + 14} textAnchor="middle">
            {label.text}
          </text>
        ))}
      </svg>
      <figcaption style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
        <strong>{chart.title}</strong>
        {layout.legend.map((item) => (
          <span key={item.name}>
            <svg width={10} height={10} aria-hidden="true">
              <rect width={10} height={10} fill={item.colour} />
            </svg>{' '}
            {item.name}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
