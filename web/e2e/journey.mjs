// The journey in a real browser: sign up -> two accounts -> an expense and a transfer ->
// balances and the dashboard chart change -> page through 120 transactions -> an invalid amount
// shows its field error and sends nothing -> sign out; with the token-handling checks on the way.
// Prints JSON lines for tests/test_web_app.py, which also checks the database.
import assert from "node:assert/strict";
import { PASSWORD, args, go, launch, noProblems, open, refreshCookie, report } from "./lib.mjs";

const browser = await launch();
const { context, page, problems } = await open(browser);
const form = (name) => page.getByRole("form", { name });
const account = (name) => page.locator(`li[data-account="${name}"]`);

// Sign up (from the sign-in screen's link).
await page.goto("/");
await page.getByRole("link", { name: "Create an account" }).click();
await page.getByLabel("Name", { exact: true }).fill("Asha");
await page.getByLabel("E-mail").fill(args.email);
await page.getByLabel("Password").fill(PASSWORD);
await page.getByRole("button", { name: "Create account" }).click();
await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
await page.getByText("Nothing recorded in this period yet.").waitFor();
assert.equal(await page.locator("[data-chart]").count(), 0, "no chart before any transaction");

// Two accounts.
await go(page, "Accounts");
for (const [name, type, opening] of [["Everyday", "Checking", "1,000.00"], ["Savings", "Savings", ""]]) {
  const add = form("Add an account");
  await add.getByLabel("Name").fill(name);
  await add.getByLabel("Type").selectOption({ label: type });
  await add.getByLabel("Currency").selectOption("INR");
  await add.getByLabel("Opening balance").fill(opening);
  await add.getByRole("button", { name: "Add account" }).click();
  await account(name).waitFor();
}
assert.equal(await account("Everyday").locator(".balance").textContent(), "1,000.00 INR");
assert.equal(await account("Savings").locator(".balance").textContent(), "0.00 INR");

// An expense and a transfer.
await go(page, "Transactions");
let add = form("Add a transaction");
await add.getByLabel("Account").selectOption({ label: "Everyday (INR)" });
await add.getByLabel("Amount (INR)").fill("249.50");
await add.getByLabel("Category").selectOption({ label: "Groceries" });
await add.getByLabel("Payee").fill("Fresh Mart");
await add.getByRole("button", { name: "Add transaction" }).click();
await page.locator("li.txn", { hasText: "Fresh Mart" }).waitFor();

await add.getByLabel("Kind").selectOption({ label: "Transfer" });
await add.getByLabel("From account").selectOption({ label: "Everyday (INR)" });
await add.getByLabel("To account").selectOption({ label: "Savings (INR)" });
await add.getByLabel("Amount (INR)").fill("100");
await add.getByLabel("Description").fill("Put aside");
await add.getByRole("button", { name: "Add transaction" }).click();
await page.locator("li.txn", { hasText: "Put aside" }).waitFor();

// The balances and the dashboard changed.
await go(page, "Accounts");
const balances = {
  Everyday: await account("Everyday").locator(".balance").textContent(),
  Savings: await account("Savings").locator(".balance").textContent(),
};
report("balances", balances);
await go(page, "Dashboard");
const spending = page.locator('[data-chart="spending"] canvas[data-drawn]'); // Chart.js loads on demand
await spending.waitFor();
report("dashboard", {
  expenses: await page.locator('[data-currency="INR"] [data-figure="expenses"]').textContent(),
  chart: await spending.getAttribute("aria-label"),
  drawn: await spending.evaluate((canvas) => {
    // Something was painted: some pixel is not transparent.
    const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    return pixels.some((value, i) => i % 4 === 3 && value > 0);
  }),
});

// 118 more through the API (another session of the same user), to page through 120.
const api = async (path, body, token) => {
  const reply = await fetch(args.base + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!reply.ok) throw new Error(`${path}: ${reply.status} ${await reply.text()}`);
  return reply.json();
};
const other = await api("/v1/auth:signIn", { email: args.email, password: PASSWORD, device: { deviceId: "script", deviceName: "Seeding script", platform: "PLATFORM_WEB" } });
const token = other.tokens.accessToken;
const accounts = await (await fetch(args.base + "/v1/accounts", { headers: { authorization: `Bearer ${token}` } })).json();
const everyday = accounts.accounts.find((a) => a.name === "Everyday").id;
for (let i = 0; i < 118; i++) {
  const day = new Date(Date.now() - (i + 1) * 86400000);
  await api(
    "/v1/transactions",
    {
      requestId: crypto.randomUUID(),
      kind: "TRANSACTION_KIND_INCOME",
      accountId: everyday,
      amount: { amountDecimal: "1.00", currencyCode: "INR" },
      occurredOn: { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() },
      payee: `Seed ${String(i).padStart(3, "0")}`,
    },
    token,
  );
}

await go(page, "Transactions");
const rows = page.locator("li.txn");
const pages = [];
await page.getByText("Fresh Mart").waitFor();
pages.push(await rows.count());
while (!(await page.getByText(/^All \d+ transactions shown\.$/).isVisible())) {
  const before = await rows.count();
  await page.locator(".list-end").scrollIntoViewIfNeeded(); // infinite scroll loads the next page
  await page.waitForFunction((n) => document.querySelectorAll("li.txn").length > n, before);
  pages.push(await rows.count());
  assert.ok(pages.length < 10, "paging did not end");
}
const payees = await rows.locator("strong").allTextContents();
report("paging", { pages, total: await rows.count(), first: payees[0], last: payees.at(-1), unique: new Set(await rows.evaluateAll((r) => r.map((e) => e.dataset.id))).size });

// An invalid amount: the field error next to the input, and nothing sent.
const posted = [];
page.on("request", (request) => {
  if (request.method() === "POST" && request.url().endsWith("/v1/transactions")) posted.push(request.url());
});
await page.evaluate(() => scrollTo(0, 0));
add = form("Add a transaction");
await add.getByLabel("Kind").selectOption({ label: "Expense" });
const amount = add.getByLabel("Amount (INR)");
await amount.fill("12.345");
await add.getByRole("button", { name: "Add transaction" }).click();
const clientError = await page.locator("#f-amount-error").textContent();
const describedBy = await amount.getAttribute("aria-describedby");
const invalid = await amount.getAttribute("aria-invalid");
// An amount the client accepts but the contract refuses: the server's field violation, same place.
await amount.fill("0");
await add.getByRole("button", { name: "Add transaction" }).click();
await page.locator("#f-amount-error").filter({ hasNotText: clientError }).waitFor();
report("invalid_amount", {
  client: clientError,
  described_by: describedBy,
  invalid,
  server: await page.locator("#f-amount-error").textContent(),
  posts: posted.length,
  rows: await rows.count(),
});

// Token handling: the refresh token is an HttpOnly cookie script cannot read; nothing in storage or the URL.
const cookie = await refreshCookie(context);
const visible = await page.evaluate(() => ({ cookie: document.cookie, local: JSON.stringify(localStorage), session: JSON.stringify(sessionStorage), url: location.href }));
report("cookie", {
  http_only: cookie.httpOnly,
  secure: cookie.secure,
  same_site: cookie.sameSite,
  path: cookie.path,
  readable: [visible.cookie, visible.local, visible.session, visible.url].some((text) => text.includes(cookie.value)) || visible.cookie.includes("rupaya_refresh"),
  storage: visible.local,
});

// A reload keeps the session through the cookie, which rotates.
await page.reload();
await page.getByRole("heading", { level: 1 }).waitFor();
const afterReload = await refreshCookie(context);
report("reload", { heading: await page.getByRole("heading", { level: 1 }).textContent(), rotated: afterReload.value !== cookie.value });

// Sessions: sign out the seeding script's session.
await go(page, "Sessions");
await page.getByText("Seeding script").waitFor();
await page.getByRole("button", { name: "Sign out all other sessions" }).click();
const notice = await page.getByRole("status").textContent();
const whoami = await fetch(args.base + "/v1/auth/whoami", { headers: { authorization: `Bearer ${token}` } });
await page.getByRole("list", { name: "Security activity" }).locator("li").first().waitFor();
const activity = await page.getByRole("list", { name: "Security activity" }).locator("strong").allTextContents();
report("sessions", { notice, other_token_status: whoami.status, activity });

// Sign out: the cookie is gone and a reload lands on sign-in.
const reply = page.waitForResponse((r) => r.url().endsWith("/v1/auth:signOut"));
await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
const signOut = await reply;
await page.getByRole("heading", { name: "Sign in" }).waitFor();
const gone = (await refreshCookie(context)) === undefined;
const reloaded = await page.reload();
await page.getByRole("heading", { name: "Sign in" }).waitFor();
report("signed_out", {
  status: signOut.status(),
  cookie_gone: gone,
  csp: reloaded.headers()["content-security-policy"],
  after_reload: await page.getByRole("heading", { level: 1 }).textContent(),
});

noProblems(problems);

// The policy holds: script and style injected into the page (as an XSS would) do not run.
const injected = await page.evaluate(async () => {
  const script = Object.assign(document.createElement("script"), { textContent: "window.injected = true" });
  const style = Object.assign(document.createElement("style"), { textContent: "body { display: none }" });
  document.body.append(script);
  document.head.append(style);
  const image = Object.assign(document.createElement("img"), { src: "https://example.com/pixel.png" });
  const loaded = await new Promise((resolve) => {
    image.onload = () => resolve(true);
    image.onerror = () => resolve(false);
    document.body.append(image);
  });
  return { script: window.injected === true, style: getComputedStyle(document.body).display === "none", image: loaded };
});
report("injected", { ...injected, refusals: problems.length });
await browser.close();
