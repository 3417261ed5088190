// Accounts: balances, create, rename, archive (update_mask "archived") and restore.
import { useEffect, useState } from "preact/hooks";
import {
  AccountType,
  CreateAccountRequestSchema,
  CreateAccountResponseSchema,
  ListAccountsRequestSchema,
  ListAccountsResponseSchema,
  UpdateAccountRequestSchema,
  UpdateAccountResponseSchema,
  type Account,
} from "../../../gen/typescript/rupaya/v1/accounts_pb";
import { get, patch, post, requestId } from "../api";
import { Field, FormError, Select, useSubmit, values } from "../forms";
import { currencyCodes, money, show } from "../ref";

const TYPES: [string, string][] = [
  [String(AccountType.CHECKING), "Checking"],
  [String(AccountType.SAVINGS), "Savings"],
  [String(AccountType.CASH), "Cash"],
  [String(AccountType.CREDIT_CARD), "Credit card"],
  [String(AccountType.INVESTMENT), "Investment"],
  [String(AccountType.LOAN), "Loan"],
  [String(AccountType.WALLET), "Wallet"],
];
const typeName = (type: AccountType) => TYPES.find(([value]) => value === String(type))?.[1] ?? "Account";

export async function listAccounts(includeArchived = false): Promise<Account[]> {
  const all: Account[] = [];
  let pageToken = "";
  do {
    const page = await get("/v1/accounts", ListAccountsRequestSchema, { pageToken, includeArchived, pageSize: 500 }, ListAccountsResponseSchema);
    all.push(...page.accounts);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return all;
}

export function Accounts() {
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [editing, setEditing] = useState<string>("");
  const [errors, busy, run, setErrors] = useSubmit();
  const reload = () => listAccounts(true).then(setAccounts);
  useEffect(() => void reload(), []);

  const create = (event: Event) => {
    event.preventDefault();
    const formElement = event.currentTarget as HTMLFormElement;
    const form = values(formElement);
    const opening = money(form.opening_balance || "0", form.currency_code);
    if (typeof opening === "string") return setErrors({ opening_balance: opening });
    return run(async () => {
      await post(
        "/v1/accounts",
        CreateAccountRequestSchema,
        {
          requestId: requestId(),
          name: form.name,
          type: Number(form.type) as AccountType,
          currencyCode: form.currency_code,
          openingBalance: opening,
        },
        CreateAccountResponseSchema,
      );
      formElement.reset();
      await reload();
    });
  };

  const update = (account: Account, fields: { name?: string; archived?: boolean }, mask: string[]) =>
    run(async () => {
      await patch(
        `/v1/accounts/${account.id}`,
        UpdateAccountRequestSchema,
        { account: { ...fields, id: account.id, etag: account.etag }, updateMask: { paths: mask }, requestId: requestId() },
        "account",
        UpdateAccountResponseSchema,
      );
      setEditing("");
      await reload();
    }, "account");

  return (
    <>
      <section class="card">
        <h2>Your accounts</h2>
        {accounts === null ? (
          <p class="muted">Loading…</p>
        ) : accounts.length === 0 ? (
          <p class="muted">No accounts yet: add your first below.</p>
        ) : (
          <ul class="rows" aria-label="Accounts">
            {accounts.map((account) => (
              <li class={`row account${account.archived ? " archived" : ""}`} data-account={account.name}>
                {editing === account.id ? (
                  <form
                    class="inline"
                    onSubmit={(e) => {
                      e.preventDefault();
                      update(account, { name: values(e.currentTarget as HTMLFormElement).name }, ["name"]);
                    }}
                  >
                    <Field name="name" label="Account name" errors={errors} defaultValue={account.name} required />
                    <button class="primary">Save</button>
                    <button type="button" class="ghost" onClick={() => setEditing("")}>
                      Cancel
                    </button>
                  </form>
                ) : (
                  <>
                    <div>
                      <strong>{account.name}</strong>
                      <span class="muted">
                        {" "}
                        · {typeName(account.type)}
                        {account.archived ? " · archived" : ""}
                      </span>
                    </div>
                    <span class="amount balance">{show(account.currentBalance)}</span>
                    <div class="actions">
                      <button class="ghost" onClick={() => setEditing(account.id)} aria-label={`Rename ${account.name}`}>
                        Rename
                      </button>
                      <button
                        class="ghost"
                        disabled={busy}
                        onClick={() => update(account, { archived: !account.archived }, ["archived"])}
                        aria-label={`${account.archived ? "Restore" : "Archive"} ${account.name}`}
                      >
                        {account.archived ? "Restore" : "Archive"}
                      </button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card">
        <h2>Add an account</h2>
        <form onSubmit={create} noValidate class="grid" aria-label="Add an account">
          <FormError errors={editing ? {} : errors} />
          <Field name="name" label="Name" errors={errors} required placeholder="Everyday" />
          <Select name="type" label="Type" errors={errors} options={TYPES} />
          <Select name="currency_code" label="Currency" errors={errors} options={currencyCodes().map((c) => [c, c])} value="INR" />
          <Field name="opening_balance" label="Opening balance" errors={errors} inputMode="decimal" placeholder="0.00" />
          <button class="primary" disabled={busy}>
            Add account
          </button>
        </form>
      </section>
    </>
  );
}
