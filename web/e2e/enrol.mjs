// Confirming the e-mail address through the message's link (turning MFA on needs it), then
// turning two-step verification on in the app: the QR code shows (a blob: image the CSP allows),
// the key typed into a TOTP generator gives the confirming code, the backup codes are shown once,
// and one of them then signs in.
import * as OTPAuth from "otpauth";
import { args, go, launch, noProblems, open, report, signIn, signOut } from "./lib.mjs";

const browser = await launch();
const { page, problems } = await open(browser);
await page.goto(args.verify_link);
await page.getByText("Your e-mail address is confirmed.").waitFor();
const linkUrl = page.url(); // the token left the address bar
await page.getByRole("button", { name: "Continue to RUPAYA" }).click();
await signIn(page, args.email);
await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
await go(page, "Profile");
await page.getByRole("button", { name: "Turn on two-step verification" }).click();
const qr = page.getByRole("img", { name: "QR code for your authenticator app" });
await qr.waitFor();
await page.waitForFunction(() => document.querySelector("img.qr")?.complete);
const qrLoaded = await qr.evaluate((img) => img.naturalWidth > 0);
const secret = await page.locator("[data-secret]").textContent();
await page.getByLabel("Code from the app").fill(new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate());
await page.getByRole("button", { name: "Turn on", exact: true }).click();
const list = page.getByRole("list", { name: "Backup codes" });
await list.waitFor();
const codes = await list.locator("code").allTextContents();
await page.getByRole("button", { name: "I have saved them" }).click();
await page.locator('[data-mfa="on"]').waitFor();
await signOut(page);

await signIn(page, args.email);
await page.getByLabel("Code").fill(codes[0]);
await page.getByRole("button", { name: "Verify" }).click();
await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
report("enrol", { link_url: linkUrl, qr_loaded: qrLoaded, codes: codes.length, signed_in_with_backup: true });
noProblems(problems);
await browser.close();
