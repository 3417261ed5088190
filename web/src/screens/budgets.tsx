// Budgets with this period's progress (in the browser's time zone) as bars.
import { useEffect, useState } from "preact/hooks";
import {
  BudgetPeriod,
  CreateBudgetRequestSchema,
  CreateBudgetResponseSchema,
  DeleteBudgetRequestSchema,
  DeleteBudgetResponseSchema,
  GetBudgetProgressRequestSchema,
  GetBudgetProgressResponseSchema,
  ListBudgetsRequestSchema,
  ListBudgetsResponseSchema,
  type Budget,
  type GetBudgetProgressResponse,
} from "../../../gen/typescript/rupaya/v1/budgets_pb";
import { CategoryKind, type Category } from "../../../gen/typescript/rupaya/v1/categories_pb";
import { get, post, remove, requestId } from "../api";
import { Field, FormError, Select, useSubmit, values } from "../forms";
import { currencyCodes, listCategories, money, show, timeZone } from "../ref";

const PERIODS: [string, string][] = [
  [String(BudgetPeriod.MONTHLY), "Monthly"],
  [String(BudgetPeriod.WEEKLY), "Weekly"],
  [String(BudgetPeriod.YEARLY), "Yearly"],
];

type Row = { budget: Budget; progress: GetBudgetProgressResponse };

/** Spent as a share of the limit in whole percent, from minor units (BigInt, no floats of money). */
function percent(progress: GetBudgetProgressResponse): number {
  const limit = progress.limit?.amountMinor ?? 0n;
  const spent = progress.spent?.amountMinor ?? 0n;
  return limit > 0n ? Number((spent * 100n) / limit) : 0;
}

export function Budgets() {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [categories, setCategories] = useState<Category[]>([]);
  const [errors, busy, run, setErrors] = useSubmit();
  const reload = async () => {
    const { budgets } = await get("/v1/budgets", ListBudgetsRequestSchema, { pageSize: 500 }, ListBudgetsResponseSchema);
    const progress = await Promise.all(
      budgets.map((b) => get(`/v1/budgets/${b.id}/progress`, GetBudgetProgressRequestSchema, { id: b.id, timeZone: timeZone() }, GetBudgetProgressResponseSchema)),
    );
    setRows(budgets.map((budget, i) => ({ budget, progress: progress[i] })));
  };
  useEffect(() => {
    listCategories().then(setCategories);
    void reload();
  }, []);
  const expense = categories.filter((c) => c.kind === CategoryKind.EXPENSE && !c.archived);
  const name = (id: string) => categories.find((c) => c.id === id)?.name ?? "Category";

  const create = (event: Event) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = values(formElement);
    const amount = money(form.amount, form.currency_code);
    if (typeof amount === "string") return setErrors({ amount });
    return run(async () => {
      await post(
        "/v1/budgets",
        CreateBudgetRequestSchema,
        { requestId: requestId(), categoryId: form.category_id, amount, period: Number(form.period) as BudgetPeriod, rollover: form.rollover === "on" },
        CreateBudgetResponseSchema,
      );
      formElement.reset();
      await reload();
    });
  };
  const drop = (b: Budget) =>
    run(async () => {
      await remove(`/v1/budgets/${b.id}`, DeleteBudgetRequestSchema, { id: b.id, etag: b.etag, requestId: requestId() }, DeleteBudgetResponseSchema);
      await reload();
    });

  return (
    <>
      <section class="card">
        <h2>This period</h2>
        {rows === null ? (
          <p class="muted">Loading…</p>
        ) : rows.length === 0 ? (
          <p class="muted">No budgets yet.</p>
        ) : (
          <ul class="rows" aria-label="Budgets">
            {rows.map(({ budget, progress }) => {
              const share = percent(progress);
              return (
                <li class="row budget">
                  <div class="grow">
                    <div class="budget-head">
                      <strong>{name(budget.categoryId)}</strong>
                      <span class="muted">
                        {show(progress.spent)} of {show(progress.limit)}
                      </span>
                    </div>
                    <progress class={share >= 100 ? "over" : share >= 80 ? "near" : ""} max={100} value={Math.min(share, 100)} aria-label={`${name(budget.categoryId)}: ${share}% spent`} />
                    <span class="muted">{share >= 100 ? `Over by ${show(progress.remaining)}` : `${show(progress.remaining)} left`}</span>
                  </div>
                  <button class="ghost" onClick={() => drop(budget)} aria-label={`Delete budget for ${name(budget.categoryId)}`}>
                    Delete
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section class="card">
        <h2>Add a budget</h2>
        <form onSubmit={create} noValidate class="grid" aria-label="Add a budget">
          <FormError errors={errors} />
          <Select name="category_id" label="Category" errors={errors} options={expense.map((c) => [c.id, c.name])} />
          <Field name="amount" label="Limit" errors={errors} inputMode="decimal" required />
          <Select name="currency_code" label="Currency" errors={errors} options={currencyCodes().map((c) => [c, c])} value="INR" />
          <Select name="period" label="Period" errors={errors} options={PERIODS} />
          <label class="check">
            <input type="checkbox" name="rollover" /> Roll unspent money over
          </label>
          <button class="primary" disabled={busy}>Add budget</button>
        </form>
      </section>
    </>
  );
}
