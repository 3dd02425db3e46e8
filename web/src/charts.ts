import { BarChart, SankeyChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { h } from './dom.ts';
import { download } from './exports.ts';

// SVG rendering: the chart is already the SVG we export, and it stays sharp in screenshots.
echarts.use([
  SankeyChart,
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  DataZoomComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;
export type Chart = echarts.ECharts;

/** Tooltips drawn as rich text, not HTML: a label from a document can never become markup. */
const TOOLTIP = { renderMode: 'richText', confine: true } as const;

/** Serialises the chart as an SVG document. */
function svgOf(chart: Chart): string {
  return chart.renderToSVGString();
}

/** Draws the SVG onto a canvas at twice its size and returns a PNG. */
async function pngOf(chart: Chart): Promise<Blob> {
  const svg = svgOf(chart);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = chart.getWidth() * 2;
    canvas.height = chart.getHeight() * 2;
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export interface MountedChart {
  readonly element: HTMLElement;
  readonly chart: Chart;
  update(option: ChartOption): void;
  dispose(): void;
}

/**
 * A chart in a figure with PNG and SVG export buttons; resizes with the window.
 * @example const mounted = mountChart({ name: 'flows', option, height: 420 });
 */
export function mountChart(options: {
  readonly name: string;
  readonly option: ChartOption;
  readonly height: number;
  readonly label: string;
}): MountedChart {
  const canvas = h('div', { class: 'chart', role: 'img', 'aria-label': options.label });
  canvas.style.height = `${options.height}px`;
  const figure = h(
    'figure',
    { class: 'chart-figure', 'data-chart': options.name },
    h(
      'div',
      { class: 'toolbar' },
      h(
        'button',
        {
          type: 'button',
          class: 'export',
          'data-export': 'png',
          onclick: () =>
            void pngOf(chart).then((blob) =>
              download({ name: `${options.name}.png`, data: blob, type: 'image/png' }),
            ),
        },
        'PNG',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'export',
          'data-export': 'svg',
          onclick: () =>
            download({ name: `${options.name}.svg`, data: svgOf(chart), type: 'image/svg+xml' }),
        },
        'SVG',
      ),
    ),
    canvas,
  );
  // ECharts measures its container, so it is attached before the first layout.
  const chart = echarts.init(canvas, null, { renderer: 'svg', height: options.height });
  const withTooltip = (option: ChartOption): ChartOption => ({
    animation: false,
    textStyle: { fontFamily: 'system-ui, sans-serif' },
    ...option,
    tooltip: { ...TOOLTIP, ...((option.tooltip as object | undefined) ?? {}) },
  });
  chart.setOption(withTooltip(options.option));
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(canvas);
  return {
    element: figure,
    chart,
    update: (option) => chart.setOption(withTooltip(option), { notMerge: true }),
    dispose: () => {
      observer.disconnect();
      chart.dispose();
    },
  };
}
