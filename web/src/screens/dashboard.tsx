// The dashboard for a month or a year: income, expenses, net and savings rate per currency,
// spending by category and cash flow over the last twelve months, as charts.
import { useEffect, useState } from "preact/hooks";
import {
  AnalyticsPeriod,
  GetCashFlowRequestSchema,
  GetCashFlowResponseSchema,
  GetDashboardRequestSchema,
  GetDashboardResponseSchema,
  GetSpendingByCategoryRequestSchema,
  GetSpendingByCategoryResponseSchema,
  Granularity,
  type GetCashFlowResponse,
  type GetDashboardResponse,
  type GetSpendingByCategoryResponse,
} from "../../../gen/typescript/rupaya/v1/analytics_pb";
import type { Money } from "../../../gen/typescript/rupaya/v1/common_pb";
import { get } from "../api";
import { ChartView, PALETTE } from "../chart";
import { formatMinor } from "../money";
import { exponentOf, show, timeZone, today } from "../ref";

type Data = { dashboard: GetDashboardResponse; spending: GetSpendingByCategoryResponse; flow: GetCashFlowResponse };

/** A bar's height for the chart only (Chart.js plots numbers); labels and tooltips show the exact text. */
const height = (m: Money | undefined) => (m ? Number(formatMinor(m.amountMinor, exponentOf(m.currencyCode))) : 0);

function savingsRate(income: Money | undefined, net: Money | undefined): string {
  const total = income?.amountMinor ?? 0n;
  if (total <= 0n) return "—";
  const tenths = ((net?.amountMinor ?? 0n) * 1000n) / total;
  return `${formatMinor(tenths, 1)}%`;
}

export function Dashboard() {
  const [period, setPeriod] = useState(AnalyticsPeriod.MONTH);
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState("");

  useEffect(() => {
    const day = today();
    // Twelve whole months ending with this one.
    const start = day.month === 12 ? { year: day.year, month: 1, day: 1 } : { year: day.year - 1, month: day.month + 1, day: 1 };
    Promise.all([
      get("/v1/analytics/dashboard", GetDashboardRequestSchema, { period, date: day, timeZone: timeZone() }, GetDashboardResponseSchema),
      get("/v1/analytics/spendingByCategory", GetSpendingByCategoryRequestSchema, { range: rangeOf(period, day) }, GetSpendingByCategoryResponseSchema),
      get("/v1/analytics/cashFlow", GetCashFlowRequestSchema, { range: { startDate: start, endDate: day }, granularity: Granularity.MONTH }, GetCashFlowResponseSchema),
    ]).then(([dashboard, spending, flow]) => setData({ dashboard, spending, flow }), (e: Error) => setError(e.message));
  }, [period]);

  const summaries = data?.dashboard.current?.currencies ?? [];
  const spending = data?.spending.currencies[0];
  const flowCurrency = data?.flow.buckets.flatMap((b) => b.currencies.map((c) => c.currencyCode))[0] ?? "";
  const months = data?.flow.buckets ?? [];
  const amounts = months.map((b) => b.currencies.find((c) => c.currencyCode === flowCurrency));

  return (
    <>
      <div class="segmented" role="group" aria-label="Period">
        {[
          [AnalyticsPeriod.MONTH, "This month"],
          [AnalyticsPeriod.YEAR, "This year"],
        ].map(([value, label]) => (
          <button class={period === value ? "selected" : ""} aria-pressed={period === value} onClick={() => setPeriod(value as AnalyticsPeriod)}>
            {label}
          </button>
        ))}
      </div>
      {error && <p class="banner error" role="alert">{error}</p>}
      {data && summaries.length === 0 && <p class="card muted">Nothing recorded in this period yet. Add a transaction to see your figures.</p>}
      <div class="tiles">
        {summaries.map((s) => (
          <section class="card tile" data-currency={s.currencyCode} aria-label={`${s.currencyCode} summary`}>
            <h2>{s.currencyCode}</h2>
            <dl>
              <dt>Income</dt>
              <dd class="amount in">{show(s.income)}</dd>
              <dt>Expenses</dt>
              <dd class="amount out" data-figure="expenses">{show(s.expenses)}</dd>
              <dt>Net</dt>
              <dd class="amount">{show(s.net)}</dd>
              <dt>Savings rate</dt>
              <dd>{savingsRate(s.income, s.net)}</dd>
            </dl>
          </section>
        ))}
      </div>
      {spending && spending.categories.length > 0 && (
        <section class="card">
          <h2>Spending by category ({spending.currencyCode})</h2>
          <ChartView
            name="spending"
            label={`Spending by category: ${spending.categories.map((c) => `${c.category?.name} ${show(c.category?.amount)}`).join(", ")}`}
            config={{
              type: "doughnut",
              data: {
                labels: spending.categories.map((c) => c.category?.name ?? ""),
                datasets: [{ data: spending.categories.map((c) => height(c.category?.amount)), backgroundColor: PALETTE }],
              },
              options: { plugins: { legend: { position: "bottom" }, tooltip: { callbacks: { label: (item) => show(spending.categories[item.dataIndex].category?.amount) } } } },
            }}
          />
        </section>
      )}
      {flowCurrency && (
        <section class="card">
          <h2>Cash flow, last 12 months ({flowCurrency})</h2>
          <ChartView
            name="cash-flow"
            label={`Cash flow by month: ${months.map((b, i) => `${b.startDate?.year}-${b.startDate?.month}: income ${show(amounts[i]?.income)}, expenses ${show(amounts[i]?.expenses)}`).join("; ")}`}
            config={{
              type: "bar",
              data: {
                labels: months.map((b) => `${b.startDate?.year}-${String(b.startDate?.month).padStart(2, "0")}`),
                datasets: [
                  { label: "Income", data: amounts.map((a) => height(a?.income)), backgroundColor: "#059669" },
                  { label: "Expenses", data: amounts.map((a) => height(a?.expenses)), backgroundColor: "#dc2626" },
                ],
              },
              options: {
                plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${show(item.datasetIndex ? amounts[item.dataIndex]?.expenses : amounts[item.dataIndex]?.income)}` } } },
              },
            }}
          />
        </section>
      )}
    </>
  );
}

function rangeOf(period: AnalyticsPeriod, day: { year: number; month: number; day: number }) {
  if (period === AnalyticsPeriod.YEAR) return { startDate: { year: day.year, month: 1, day: 1 }, endDate: { year: day.year, month: 12, day: 31 } };
  const last = new Date(Date.UTC(day.year, day.month, 0)).getUTCDate();
  return { startDate: { ...day, day: 1 }, endDate: { ...day, day: last } };
}
