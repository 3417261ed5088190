// Shared by the browser tests (run by tests/test_web_app.py): headless Debian Chromium driven by
// playwright-core (no browser download), plus the steps several scripts take.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

export const PASSWORD = "correct horse battery staple";
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** argv[2] is the test's JSON: {base, ...}. */
export const args = JSON.parse(process.argv[2]);

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
  });
}

/** A new browser profile (cookies, storage) at `viewport`, failing on any page error. */
export async function open(browser, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, baseURL: args.base });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // A CSP refusal is logged to the console: the app must never trip its own policy.
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.setDefaultTimeout(15000);
  return { context, page, problems };
}

/** One line of JSON on stdout for the test to read. */
export function report(name, value) {
  console.log(JSON.stringify({ [name]: value }));
}

export async function signIn(page, email, password = PASSWORD) {
  await page.goto("/");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
}

export async function go(page, screen) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: screen }).click();
  await page.getByRole("heading", { level: 1, name: screen }).waitFor();
}

/** The refresh-token cookie the browser holds for this origin, or undefined. */
export async function refreshCookie(context) {
  return (await context.cookies()).find((c) => c.name === "rupaya_refresh");
}

/** axe-core's serious and critical violations on the page as it stands. Evaluated over the
 * DevTools protocol, which the page's CSP does not govern (an injected <script> would be refused). */
export async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

export function noProblems(problems) {
  assert.deepEqual(problems, [], "the page logged errors");
}
