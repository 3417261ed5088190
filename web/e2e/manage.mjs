// The other screens doing their work: edit, delete and undelete a transaction, a split expense,
// a category, a budget with its progress bar, renaming and archiving an account, the profile,
// and the dashboard's year view. The test checks the database afterwards.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PASSWORD, args, go, launch, noProblems, open, report, signIn } from "./lib.mjs";

const browser = await launch();
const { page, problems } = await open(browser);
const form = (name) => page.getByRole("form", { name });
const txn = (text) => page.locator("li.txn", { hasText: text });
const balance = () => page.locator('li[data-account="Everyday"] .balance').textContent();

await signIn(page, args.email);
await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();

// A category of one's own.
await go(page, "Categories");
await form("Add a category").getByLabel("Name").fill("Pets");
await form("Add a category").getByRole("button", { name: "Add category" }).click();
await page.getByRole("list", { name: "Expense categories" }).getByText("Pets").waitFor();

// An expense, edited, deleted (shown with "Show deleted") and undeleted.
await go(page, "Transactions");
let add = form("Add a transaction");
await add.getByLabel("Amount (INR)").fill("300");
await add.getByLabel("Category").selectOption({ label: "Pets" });
await add.getByLabel("Payee").fill("Vet");
await add.getByRole("button", { name: "Add transaction" }).click();
await txn("Vet").waitFor();
await page.getByRole("button", { name: "Edit Vet", exact: true }).click();
const edit = form("Edit transaction");
await edit.getByLabel("Amount (INR)").fill("350.25");
await edit.getByLabel("Payee").fill("Vet clinic");
await edit.getByRole("button", { name: "Save changes" }).click();
await txn("Vet clinic").waitFor();
const edited = await txn("Vet clinic").locator(".amount").textContent();
await page.getByRole("button", { name: "Delete Vet clinic", exact: true }).click();
await txn("Vet clinic").waitFor({ state: "detached" });
await page.getByLabel("Show deleted").check();
await page.getByRole("button", { name: "Undelete Vet clinic", exact: true }).click();
await page.getByRole("button", { name: "Delete Vet clinic", exact: true }).waitFor();
await page.getByLabel("Show deleted").uncheck();

// A split expense: two lines across categories.
add = form("Add a transaction");
await add.getByLabel("Amount (INR)").fill("1000");
await add.getByLabel("Payee").fill("Hypermarket");
await add.getByRole("button", { name: "Add split line" }).click();
await add.getByRole("button", { name: "Add split line" }).click();
await add.getByLabel("Line 1 category").selectOption({ label: "Groceries" });
await add.getByLabel("Line 1 amount").fill("600");
await add.getByLabel("Line 2 category").selectOption({ label: "Pets" });
await add.getByLabel("Line 2 amount").fill("400");
await add.getByRole("button", { name: "Add transaction" }).click();
await txn("Hypermarket").waitFor();
const split = await txn("Hypermarket").textContent();

// A transfer across currencies carries both amounts, each in its currency's exponent.
add = form("Add a transaction");
await add.getByLabel("Kind").selectOption({ label: "Transfer" });
await add.getByLabel("From account").selectOption({ label: "Everyday (INR)" });
await add.getByLabel("To account").selectOption({ label: "Travel (USD)" });
await add.getByLabel("Amount (INR)").fill("8400");
await add.getByLabel("Amount received (USD)").fill("100.005");
await add.getByRole("button", { name: "Add transaction" }).click();
const refused = await page.locator("#f-to_amount-error").textContent();
await add.getByLabel("Amount received (USD)").fill("100.00");
await add.getByLabel("Description").fill("Trip money");
await add.getByRole("button", { name: "Add transaction" }).click();
await txn("Trip money").waitFor();
await add.getByLabel("Kind").selectOption({ label: "Expense" });

// Filters: search and kind.
await page.getByLabel("Search").fill("hyper");
await page.getByLabel("Search").press("Tab");
await page.waitForFunction(() => document.querySelectorAll("li.txn").length === 1);
const searched = await page.locator("li.txn strong").allTextContents();
await page.getByLabel("Search").fill("");
await page.getByLabel("Search").press("Tab");

// Export: the server's stream read with fetch (the Authorization header goes along), saved as a file.
const downloading = page.waitForEvent("download");
await page.getByRole("button", { name: "Export CSV" }).click();
const file = await downloading;
const csv = { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };

// A budget and its progress bar.
await go(page, "Budgets");
const budget = form("Add a budget");
await budget.getByLabel("Category").selectOption({ label: "Pets" });
await budget.getByLabel("Limit").fill("500");
await budget.getByRole("button", { name: "Add budget" }).click();
const bar = page.getByRole("progressbar", { name: /^Pets:/ });
await bar.waitFor();
const progress = { label: await bar.getAttribute("aria-label"), text: await page.locator("li.budget", { hasText: "Pets" }).textContent() };

// Accounts: rename, archive, restore.
await go(page, "Accounts");
const after = await balance();
const travel = { refused, balance: await page.locator('li[data-account="Travel"] .balance').textContent() };
await page.getByRole("button", { name: "Rename Everyday" }).click();
await page.locator("form.inline").getByLabel("Account name").fill("Daily");
await page.locator("form.inline").getByRole("button", { name: "Save" }).click();
await page.locator('li[data-account="Daily"]').waitFor();
await page.getByRole("button", { name: "Archive Savings" }).click();
await page.locator('li.archived[data-account="Savings"]').waitFor();

// Profile: base currency and time zone.
await go(page, "Profile");
await page.getByLabel("Base currency").selectOption("USD");
await page.getByLabel("Time zone").selectOption("Europe/Berlin");
await page.getByRole("button", { name: "Save profile" }).click();
await page.getByRole("status").getByText("Saved.").waitFor();

// A new password (the other sessions end), then a new address (pending its confirmation).
const password = form("Change password");
await password.getByLabel("Current password").fill(PASSWORD);
await password.getByLabel("New password").fill(args.new_password);
await password.getByRole("button", { name: "Change password" }).click();
const passwordNotice = await password.getByRole("status").textContent();
const address = form("Change e-mail address");
await address.getByLabel("New e-mail address").fill(args.new_email);
await address.getByLabel("Password").fill("not my password at all");
await address.getByRole("button", { name: "Change address" }).click();
const wrongPassword = await address.getByRole("alert").first().textContent();
await address.getByLabel("Password").fill(args.new_password);
await address.getByRole("button", { name: "Change address" }).click();
const credentials = { password: passwordNotice, wrong_password: wrongPassword, email: await address.getByRole("status").textContent() };

// Dashboard: the year view.
await go(page, "Dashboard");
const yearReply = page.waitForResponse((r) => r.url().includes("/v1/analytics/dashboard?period=ANALYTICS_PERIOD_YEAR"));
await page.getByRole("button", { name: "This year" }).click();
const yearStatus = (await yearReply).status();
await page.waitForFunction(() => document.querySelector('[data-chart="spending"] canvas[data-drawn]'));
const year = `${yearStatus} ${await page.locator('[data-chart="spending"] canvas').getAttribute("aria-label")}`;

report("manage", { edited, split, searched, progress, after, year, travel, csv, credentials });
assert.match(year, /^200 .*Pets/);
noProblems(problems);
await browser.close();
