// Sign-in with two-step verification: a TOTP computed here from the enrolled secret, then a
// backup code; a wrong code and a used backup code are refused with the server's message.
import * as OTPAuth from "otpauth";
import { args, launch, noProblems, open, refreshCookie, report, signIn, signOut } from "./lib.mjs";

const browser = await launch();
const { context, page, problems } = await open(browser);
const code = page.getByLabel("Code");
const verify = () => page.getByRole("button", { name: "Verify" }).click();
const challenged = async () => {
  await signIn(page, args.email);
  await page.getByRole("heading", { name: "Two-step verification" }).waitFor();
};

await challenged();
const cookieBeforeCode = await refreshCookie(context); // none until the second step is passed
const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(args.secret), digits: 6, period: 30 });
await code.fill(totp.generate());
await verify();
await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
report("totp", { cookie_before_code: cookieBeforeCode !== undefined, cookie_after: (await refreshCookie(context))?.httpOnly });
await signOut(page);

await challenged();
await code.fill("000000");
await verify();
const wrong = await page.getByRole("alert").textContent();
await code.fill(args.backup);
await verify();
await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
report("backup", { wrong, signed_in: true });
await signOut(page);

await challenged();
await code.fill(args.backup);
await verify();
report("backup_reused", { error: await page.getByRole("alert").textContent(), cookie: (await refreshCookie(context)) !== undefined });

noProblems(problems);
await browser.close();
