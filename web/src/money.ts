// Money as the contract carries it: int64 minor units, shown and typed as exact decimal text.
// Only strings and BigInt here, never Number: 0.1 + 0.2 must not reach a ledger.

/** Minor units -> "1234.50" (exponent 2), "-0.005" (3), "1200" (0). */
export function formatMinor(minor: bigint, exponent: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return (negative ? "-" : "") + whole + (exponent > 0 ? "." + fraction : "");
}

/** The same with thousands separators and the currency code, for display only. */
export function displayMinor(minor: bigint, exponent: number, currency: string): string {
  const [whole, fraction] = formatMinor(minor, exponent).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${grouped}${fraction === undefined ? "" : "." + fraction} ${currency}`;
}

export type Parsed = { ok: true; minor: bigint } | { ok: false; error: string };

const AMOUNT = /^(-?)(\d+)(?:\.(\d*))?$/;

/** "1,234.5" -> 123450n for exponent 2; more fractional digits than the currency has is an
 * error, not a rounding. Separators (",", "_", spaces) between digits are allowed. */
export function parseAmount(text: string, exponent: number, currency = ""): Parsed {
  const compact = text.trim().replace(/(?<=\d)[,_ ](?=\d)/g, "");
  const match = AMOUNT.exec(compact);
  if (!match) return { ok: false, error: "Enter an amount such as 12.50." };
  const [, sign, whole, fraction = ""] = match;
  if (fraction.length > exponent) {
    const unit = exponent === 0 ? "no decimal places" : `at most ${exponent} decimal place${exponent > 1 ? "s" : ""}`;
    return { ok: false, error: `${currency || "This currency"} has ${unit}.` };
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, "0"));
  return { ok: true, minor: sign ? -minor : minor };
}
