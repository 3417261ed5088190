// Against a server with a tight sign-in rate limit and 2-second access tokens: a 429 makes the
// app wait out Retry-After (and say so) before the call goes through; an expired access token is
// replaced through the refresh cookie (rotated) and the call retried, unseen by the user.
import { PASSWORD, args, go, launch, noProblems, open, refreshCookie, report, signIn } from "./lib.mjs";

const browser = await launch();
const { context, page, problems } = await open(browser);
const statuses = [];
page.on("response", (r) => statuses.push(`${r.request().method()} ${new URL(r.url()).pathname} ${r.status()}`));

await page.goto("/");
const banner = page.getByText(/^Too many requests: trying again in \d+ s\.$/);
let waited = "";
for (let attempt = 0; attempt < 10 && !waited; attempt++) {
  // Another address: wrong passwords for the real one would lock it out (a rule of its own).
  await page.getByLabel("E-mail").fill(`nobody-${attempt}@example.com`);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Either the refusal of the password or, once over the limit, the banner while it waits.
  await Promise.race([page.getByRole("alert").waitFor(), banner.waitFor()]);
  if (await banner.isVisible()) waited = await banner.textContent();
  else await page.waitForFunction(() => !document.querySelector("button.primary[disabled]"));
}
await banner.waitFor({ state: "detached", timeout: 30000 });
const after = await page.getByRole("alert").textContent(); // the retried call's own answer

await signIn(page, args.email, PASSWORD);
await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor({ timeout: 30000 });
const before = await refreshCookie(context);
await page.waitForTimeout(3500); // the access token (2 s) expires
await go(page, "Accounts");
await page.locator('li[data-account="Everyday"]').waitFor();
report("limits", {
  waited,
  after,
  statuses: statuses.filter((s) => /accounts|refreshToken|signIn/.test(s)),
  rotated: (await refreshCookie(context)).value !== before.value,
});
noProblems(problems);
await browser.close();
