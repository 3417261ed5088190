// The reset link: the token leaves the address bar; with MFA on the new password needs a code
// too (refused without one); then the new password and MFA sign in.
import { args, launch, noProblems, open, report, signIn } from "./lib.mjs";

const browser = await launch();
const { page, problems } = await open(browser);
await page.goto(args.link);
await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
const linkUrl = page.url();
await page.getByLabel("New password").fill(args.password);
await page.getByRole("button", { name: "Change password" }).click();
const withoutCode = await page.getByRole("alert").first().textContent();
await page.getByLabel("Authenticator or backup code").fill(args.codes[0]);
await page.getByRole("button", { name: "Change password" }).click();
const done = await page.getByRole("status").textContent();
await page.getByRole("button", { name: "Sign in" }).click();
await signIn(page, args.email, args.password);
await page.getByLabel("Code").fill(args.codes[1]);
await page.getByRole("button", { name: "Verify" }).click();
await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
report("reset", { link_url: linkUrl, without_code: withoutCode, done, signed_in: true });
noProblems(problems);
await browser.close();
