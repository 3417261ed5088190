// Every main screen at desktop and phone widths: axe-core's serious and critical violations,
// and a full-page screenshot into args.out (build/web-screenshots).
import { DESKTOP, PHONE, args, axeViolations, launch, noProblems, open, report, signIn } from "./lib.mjs";

const SCREENS = ["dashboard", "accounts", "transactions", "categories", "budgets", "sessions", "profile"];
const READY = {
  dashboard: '[data-chart="cash-flow"] canvas[data-drawn]',
  accounts: "li.account",
  transactions: "li.txn",
  categories: "li.chip",
  budgets: "li.budget",
  sessions: "li.session",
  profile: "#f-time_zone",
};

const browser = await launch();
const found = {};
for (const [width, viewport] of [["desktop", DESKTOP], ["phone", PHONE]]) {
  const { page, problems } = await open(browser, viewport);
  const shoot = async (name) => {
    found[`${name}-${width}`] = await axeViolations(page);
    await page.screenshot({ path: `${args.out}/${name}-${width}.png`, fullPage: true });
  };
  await page.goto("/#/sign-up");
  await page.getByRole("heading", { name: "Create your account" }).waitFor();
  await shoot("sign-up");
  await page.goto("/#/forgot-password");
  await page.getByRole("heading", { name: "Reset your password" }).waitFor();
  await shoot("forgot-password");
  await page.goto("/reset-password"); // a link's page (here without its token: the code is asked for)
  await page.getByLabel("Code from the message").waitFor();
  await shoot("reset-password");
  await page.goto("/#/sign-in");
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
  await page.getByRole("button", { name: "Sign in" }).click(); // empty: the server's field errors show
  await page.locator(".field.invalid").first().waitFor();
  await shoot("sign-in-errors");
  await signIn(page, args.email);
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  for (const screen of SCREENS) {
    await page.goto(`/#/${screen}`);
    await page.locator(READY[screen]).first().waitFor();
    await page.waitForLoadState("networkidle");
    await shoot(screen);
  }
  if (width === "phone") {
    // The check itself: an unlabelled input and an empty button must be found.
    await page.evaluate(() => document.querySelector("main").append(document.createElement("input"), document.createElement("button")));
    report("control", (await axeViolations(page)).map((v) => v.id));
  }
  noProblems(problems);
}
report("violations", found);
await browser.close();
