// Transactions: newest first, 50 a page by the server's keyset token (more load as the end of
// the list scrolls into view), filters, and add/edit/delete/undelete of income, expenses,
// transfers and split expenses.
import { useEffect, useRef, useState } from "preact/hooks";
import {
  CreateTransactionRequestSchema,
  ExportFormat,
  ExportTransactionsRequestSchema,
  CreateTransactionResponseSchema,
  DeleteTransactionRequestSchema,
  DeleteTransactionResponseSchema,
  ListTransactionsRequestSchema,
  ListTransactionsResponseSchema,
  TransactionKind,
  UndeleteTransactionRequestSchema,
  UndeleteTransactionResponseSchema,
  UpdateTransactionRequestSchema,
  UpdateTransactionResponseSchema,
  type Transaction,
} from "../../../gen/typescript/rupaya/v1/transactions_pb";
import type { Account } from "../../../gen/typescript/rupaya/v1/accounts_pb";
import { CategoryKind, type Category } from "../../../gen/typescript/rupaya/v1/categories_pb";
import { download, get, patch, post, remove, requestId } from "../api";
import { Field, FormError, Select, useSubmit, values, type Errors } from "../forms";
import { formatMinor } from "../money";
import { dayText, exponentOf, listCategories, money, parseDay, show, today } from "../ref";
import { listAccounts } from "./accounts";

const KINDS: [string, string][] = [
  [String(TransactionKind.EXPENSE), "Expense"],
  [String(TransactionKind.INCOME), "Income"],
  [String(TransactionKind.TRANSFER), "Transfer"],
];
type Filters = { accountId: string; kind: string; query: string; from: string; to: string; showDeleted: boolean };
const NO_FILTERS: Filters = { accountId: "", kind: "", query: "", from: "", to: "", showDeleted: false };

export function Transactions() {
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [categories, setCategories] = useState<Category[]>([]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [items, setItems] = useState<Transaction[]>([]);
  const [next, setNext] = useState<string | null>("");
  const [loading, setLoading] = useState(false);
  const [editing, setEditing] = useState<Transaction | null>(null);
  const [listError, setListError] = useState("");
  const end = useRef<HTMLDivElement>(null);
  const generation = useRef(0);

  useEffect(() => {
    listAccounts().then(setAccounts);
    listCategories().then(setCategories);
  }, []);

  /** The filters as the list and the export both take them. */
  const listFilters = () => ({
    accountId: filters.accountId,
    kind: Number(filters.kind || 0) as TransactionKind,
    query: filters.query,
    fromDate: filters.from ? parseDay(filters.from) : undefined,
    toDate: filters.to ? parseDay(filters.to) : undefined,
    showDeleted: filters.showDeleted,
  });

  const loadPage = async (token: string, reset: boolean) => {
    const mine = reset ? ++generation.current : generation.current;
    setLoading(true);
    try {
      const page = await get(
        "/v1/transactions",
        ListTransactionsRequestSchema,
        { pageToken: token, ...listFilters() },
        ListTransactionsResponseSchema,
      );
      if (mine !== generation.current) return; // the filters changed meanwhile
      setItems((old) => (reset ? page.transactions : [...old, ...page.transactions]));
      setNext(page.nextPageToken || null);
      setListError("");
    } catch (error) {
      setListError(error instanceof Error ? error.message : String(error));
    } finally {
      setLoading(false);
    }
  };
  const reload = () => loadPage("", true);
  useEffect(() => void reload(), [filters]);

  // Infinite scroll: the next page when the list's end comes into view.
  useEffect(() => {
    if (!end.current || next === null || loading) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && next) loadPage(next, false);
    });
    observer.observe(end.current);
    return () => observer.disconnect();
  }, [next, loading]);

  const [exporting, setExporting] = useState("");
  const exportCsv = async () => {
    setExporting("Preparing…");
    try {
      const { blob, fileName } = await download(
        "/v1/transactions:export",
        ExportTransactionsRequestSchema,
        { format: ExportFormat.CSV, ...listFilters() },
        (bytes) => setExporting(`Downloading… ${Math.ceil(bytes / 1024)} kB`),
      );
      const link = Object.assign(document.createElement("a"), { href: URL.createObjectURL(blob), download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      setExporting("");
    } catch (error) {
      setExporting(error instanceof Error ? error.message : String(error));
    }
  };

  const accountName = (id: string) => accounts.find((a) => a.id === id)?.name ?? "—";
  const label = (t: Transaction) => t.payee || (t.kind === TransactionKind.TRANSFER ? `To ${accountName(t.toAccountId)}` : KINDS.find(([k]) => k === String(t.kind))?.[1]);
  const categoryName = (id: string) => categories.find((c) => c.id === id)?.name ?? "";

  const act = async (t: Transaction, undo: boolean) => {
    const init = { id: t.id, etag: t.etag, requestId: requestId() };
    if (undo) await post(`/v1/transactions/${t.id}:undelete`, UndeleteTransactionRequestSchema, init, UndeleteTransactionResponseSchema);
    else await remove(`/v1/transactions/${t.id}`, DeleteTransactionRequestSchema, init, DeleteTransactionResponseSchema);
    await reload();
  };

  return (
    <>
      <TransactionForm key={editing?.id ?? "new"} accounts={accounts} categories={categories} editing={editing} done={() => (setEditing(null), reload())} />
      <section class="card">
        <div class="section-head">
          <h2>History</h2>
          <div class="export">
            {exporting && <span class="muted" role="status">{exporting}</span>}
            <button class="ghost" onClick={exportCsv} disabled={/^(Preparing|Downloading)/.test(exporting)}>
              Export CSV
            </button>
          </div>
        </div>
        <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
          <Select name="filter_account" label="Account" errors={{}} options={[["", "All accounts"], ...accounts.map((a): [string, string] => [a.id, a.name])]} onChange={(e) => setFilters({ ...filters, accountId: e.currentTarget.value })} />
          <Select name="filter_kind" label="Kind" errors={{}} options={[["", "All kinds"], ...KINDS]} onChange={(e) => setFilters({ ...filters, kind: e.currentTarget.value })} />
          <Field name="filter_query" label="Search" type="search" errors={{}} placeholder="Payee or note" onChange={(e) => setFilters({ ...filters, query: e.currentTarget.value })} />
          <Field name="filter_from" label="From" type="date" errors={{}} onChange={(e) => setFilters({ ...filters, from: e.currentTarget.value })} />
          <Field name="filter_to" label="To" type="date" errors={{}} onChange={(e) => setFilters({ ...filters, to: e.currentTarget.value })} />
          <label class="check">
            <input type="checkbox" name="show_deleted" onChange={(e) => setFilters({ ...filters, showDeleted: e.currentTarget.checked })} /> Show deleted
          </label>
        </form>
        {listError && <p class="banner error" role="alert">{listError}</p>}
        <ul class="rows" aria-label="Transactions">
          {items.map((t) => (
            <li class={`row txn${t.deleteTime ? " deleted" : ""}`} data-id={t.id}>
              <div>
                <strong>{label(t)}</strong>
                <span class="muted">
                  {" "}
                  · {dayText(t.occurredOn)} · {accountName(t.accountId)}
                  {t.splits.length ? ` · ${t.splits.length} splits` : t.categoryId ? ` · ${categoryName(t.categoryId)}` : ""}
                  {t.deleteTime ? " · deleted" : ""}
                </span>
              </div>
              <span class={`amount ${t.kind === TransactionKind.INCOME ? "in" : t.kind === TransactionKind.EXPENSE ? "out" : ""}`}>
                {t.kind === TransactionKind.EXPENSE ? "−" : t.kind === TransactionKind.INCOME ? "+" : ""}
                {show(t.amount)}
              </span>
              <div class="actions">
                {t.deleteTime ? (
                  <button class="ghost" onClick={() => act(t, true)} aria-label={`Undelete ${label(t)}`}>Undelete</button>
                ) : (
                  <>
                    <button class="ghost" onClick={() => (setEditing(t), scrollTo(0, 0))} aria-label={`Edit ${label(t)}`}>Edit</button>
                    <button class="ghost" onClick={() => act(t, false)} aria-label={`Delete ${label(t)}`}>Delete</button>
                  </>
                )}
              </div>
            </li>
          ))}
        </ul>
        <div ref={end} class="list-end">
          {loading ? (
            <p class="muted" role="status">Loading…</p>
          ) : next ? (
            <button class="ghost" onClick={() => loadPage(next, false)}>Load more</button>
          ) : (
            <p class="muted">{items.length ? `All ${items.length} transactions shown.` : "No transactions match."}</p>
          )}
        </div>
      </section>
    </>
  );
}

type Split = { category: string; amount: string };

function TransactionForm({ accounts, categories, editing, done }: { accounts: Account[]; categories: Category[]; editing: Transaction | null; done: () => void }) {
  const [kind, setKind] = useState(String(editing?.kind ?? TransactionKind.EXPENSE));
  const [accountId, setAccountId] = useState(editing?.accountId ?? "");
  const [toAccountId, setToAccountId] = useState(editing?.toAccountId ?? "");
  const [splits, setSplits] = useState<Split[]>([]);
  const [errors, busy, run, setErrors] = useSubmit();
  const account = accounts.find((a) => a.id === accountId) ?? accounts[0];
  const toAccount = accounts.find((a) => a.id === toAccountId) ?? accounts.find((a) => a.id !== account?.id);
  const isTransfer = kind === String(TransactionKind.TRANSFER);
  const crossCurrency = isTransfer && toAccount && account && toAccount.currencyCode !== account.currencyCode;
  const wanted = kind === String(TransactionKind.INCOME) ? CategoryKind.INCOME : CategoryKind.EXPENSE;
  const categoryOptions: [string, string][] = [["", "No category"], ...categories.filter((c) => c.kind === wanted && !c.archived).map((c): [string, string] => [c.id, c.name])];

  if (!accounts.length)
    return (
      <section class="card">
        <p class="muted">Add an account first: <a href="#/accounts">Accounts</a>.</p>
      </section>
    );

  const submit = (event: Event) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = values(formElement);
    const currency = account.currencyCode;
    const found: Errors = {};
    const amount = money(form.amount, currency);
    if (typeof amount === "string") found.amount = amount;
    const toAmount = crossCurrency ? money(form.to_amount, toAccount!.currencyCode) : undefined;
    if (typeof toAmount === "string") found.to_amount = toAmount;
    const lines = splits.map((s) => ({ categoryId: s.category, amount: money(s.amount, currency) }));
    if (lines.some((l) => typeof l.amount === "string")) found.splits = "Each split line needs an amount in " + currency + ".";
    if (Object.keys(found).length) return setErrors(found); // nothing is sent
    const fields = {
      kind: Number(kind) as TransactionKind,
      accountId: account.id,
      amount: amount as { amountMinor: bigint; currencyCode: string },
      toAccountId: isTransfer ? toAccount?.id ?? "" : "",
      toAmount: toAmount as { amountMinor: bigint; currencyCode: string } | undefined,
      categoryId: isTransfer || lines.length ? "" : form.category_id,
      occurredOn: parseDay(form.occurred_on),
      payee: form.payee ?? "",
      notes: form.notes ?? "",
      splits: lines as { categoryId: string; amount: { amountMinor: bigint; currencyCode: string } }[],
    };
    return run(async () => {
      if (editing) {
        const mask = ["amount", "category_id", "occurred_on", "payee", "notes", "splits"];
        await patch(
          `/v1/transactions/${editing.id}`,
          UpdateTransactionRequestSchema,
          { transaction: { ...fields, id: editing.id, etag: editing.etag }, updateMask: { paths: mask }, requestId: requestId() },
          "transaction",
          UpdateTransactionResponseSchema,
        );
      } else {
        await post("/v1/transactions", CreateTransactionRequestSchema, { ...fields, requestId: requestId() }, CreateTransactionResponseSchema);
      }
      formElement.reset();
      setSplits([]);
      done();
    }, editing ? "transaction" : "");
  };

  const amountText = (m: Transaction["amount"]) => (m ? formatMinor(m.amountMinor, exponentOf(m.currencyCode)) : "");
  return (
    <section class="card">
      <h2>{editing ? "Edit transaction" : "Add a transaction"}</h2>
      <form onSubmit={submit} noValidate class="grid" aria-label={editing ? "Edit transaction" : "Add a transaction"}>
        <FormError errors={errors} />
        <Select name="kind" label="Kind" errors={errors} options={KINDS} value={kind} disabled={!!editing} onChange={(e) => setKind(e.currentTarget.value)} />
        <Select name="account_id" label={isTransfer ? "From account" : "Account"} errors={errors} disabled={!!editing} value={account.id} options={accounts.map((a) => [a.id, `${a.name} (${a.currencyCode})`])} onChange={(e) => setAccountId(e.currentTarget.value)} />
        {isTransfer && (
          <Select name="to_account_id" label="To account" errors={errors} disabled={!!editing} value={toAccount?.id} options={accounts.filter((a) => a.id !== account.id).map((a) => [a.id, `${a.name} (${a.currencyCode})`])} onChange={(e) => setToAccountId(e.currentTarget.value)} />
        )}
        <Field name="amount" label={`Amount (${account.currencyCode})`} errors={errors} inputMode="decimal" defaultValue={amountText(editing?.amount)} required />
        {crossCurrency && <Field name="to_amount" label={`Amount received (${toAccount!.currencyCode})`} errors={errors} inputMode="decimal" required />}
        {!isTransfer && !splits.length && <Select name="category_id" label="Category" errors={errors} options={categoryOptions} value={editing?.categoryId} />}
        <Field name="occurred_on" label="Date" type="date" errors={errors} defaultValue={dayText(editing?.occurredOn ?? today())} required />
        <Field name="payee" label={isTransfer ? "Description" : "Payee"} errors={errors} defaultValue={editing?.payee} />
        <Field name="notes" label="Notes" errors={errors} defaultValue={editing?.notes} />
        {kind === String(TransactionKind.EXPENSE) && (
          <fieldset class="splits">
            <legend>Split across categories</legend>
            {splits.map((line, i) => (
              <div class="split">
                <Select name={`split_category_${i}`} label={`Line ${i + 1} category`} errors={{}} options={categoryOptions.slice(1)} value={line.category} onChange={(e) => setSplits(splits.map((s, j) => (j === i ? { ...s, category: e.currentTarget.value } : s)))} />
                <Field name={`split_amount_${i}`} label={`Line ${i + 1} amount`} errors={{}} inputMode="decimal" value={line.amount} onInput={(e) => setSplits(splits.map((s, j) => (j === i ? { ...s, amount: e.currentTarget.value } : s)))} />
              </div>
            ))}
            {errors.splits && <small class="error" role="alert">{errors.splits}</small>}
            <button type="button" class="ghost" onClick={() => setSplits([...splits, { category: categoryOptions[1]?.[0] ?? "", amount: "" }])}>
              Add split line
            </button>
          </fieldset>
        )}
        <div class="buttons">
          <button class="primary" disabled={busy}>{editing ? "Save changes" : "Add transaction"}</button>
          {editing && <button type="button" class="ghost" onClick={done}>Cancel</button>}
        </div>
      </form>
    </section>
  );
}
