// A Chart.js canvas as a component. Only the pieces used are registered (smaller bundle);
// Chart.js 4 injects no stylesheet, so it runs under the app's style-src 'self'.
import { useEffect, useRef } from "preact/hooks";
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip, type ChartConfiguration } from "chart.js";

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, Tooltip);

export const PALETTE = ["#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#dc2626", "#65a30d", "#475569"];

/** `label` is the chart's text alternative (a canvas is an image to assistive technology). */
export function ChartView({ config, label, name }: { config: ChartConfiguration; label: string; name: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } });
    return () => chart.destroy();
  }, [JSON.stringify(config.data)]);
  return (
    <div class="chart" data-chart={name}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
