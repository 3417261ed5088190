// A Chart.js canvas as a component. Chart.js is loaded when the first chart is drawn (its own
// hashed chunk), so the first screen does not wait for it; only the pieces used are registered.
// Chart.js 4 injects no stylesheet, so it runs under the app's style-src 'self'.
import { useEffect, useRef } from "preact/hooks";
import type { Chart, ChartConfiguration } from "chart.js";

export const PALETTE = ["#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#dc2626", "#65a30d", "#475569"];

async function chartClass(): Promise<typeof Chart> {
  const { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip } = await import("chart.js");
  Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, Tooltip);
  return Chart;
}

/** `label` is the chart's text alternative (a canvas is an image to assistive technology). */
export function ChartView({ config, label, name }: { config: ChartConfiguration; label: string; name: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: Chart | undefined;
    let gone = false;
    chartClass().then((ChartClass) => {
      if (gone) return;
      chart = new ChartClass(canvas.current!, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } });
      canvas.current!.dataset.drawn = "true";
    });
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [JSON.stringify(config.data)]);
  return (
    <div class="chart" data-chart={name}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
