// Asking for a password reset from the sign-in screen.
import { args, launch, noProblems, open, report } from "./lib.mjs";

const browser = await launch();
const { page, problems } = await open(browser);
await page.goto("/");
await page.getByRole("link", { name: "Forgot your password?" }).click();
await page.getByLabel("E-mail").fill(args.email);
await page.getByRole("button", { name: "Send the link" }).click();
report("forgot", await page.getByRole("status").textContent());
noProblems(problems);
await browser.close();
