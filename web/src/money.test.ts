import { describe, expect, it } from "vitest";
import { displayMinor, formatMinor, parseAmount } from "./money";

const EXPONENT = { JPY: 0, INR: 2, KWD: 3 } as const;

describe("formatMinor", () => {
  it.each([
    [1200n, "JPY", "1200"],
    [123450n, "INR", "1234.50"],
    [5n, "INR", "0.05"],
    [-5n, "KWD", "-0.005"],
    [1234567n, "KWD", "1234.567"],
    [0n, "INR", "0.00"],
  ] as const)("%s minor %s is %s", (minor, currency, text) => {
    expect(formatMinor(minor, EXPONENT[currency])).toBe(text);
  });

  it("keeps every digit past 2^53, where a float would round", () => {
    expect(formatMinor(900719925474099317n, 2)).toBe("9007199254740993.17");
  });

  it("groups thousands for display", () => {
    expect(displayMinor(123456789n, 2, "INR")).toBe("1,234,567.89 INR");
    expect(displayMinor(-1000n, 0, "JPY")).toBe("-1,000 JPY");
  });
});

describe("parseAmount", () => {
  it.each([
    ["1200", "JPY", 1200n],
    ["1234.5", "INR", 123450n],
    ["1,234.50", "INR", 123450n],
    ["0.1", "KWD", 100n],
    ["1.234", "KWD", 1234n],
    ["-2.5", "INR", -250n],
    ["9007199254740993.17", "INR", 900719925474099317n],
  ] as const)("%s %s is %s minor", (text, currency, minor) => {
    expect(parseAmount(text, EXPONENT[currency])).toEqual({ ok: true, minor });
  });

  it("adds 0.1 and 0.2 exactly", () => {
    const a = parseAmount("0.1", 2);
    const b = parseAmount("0.2", 2);
    if (!a.ok || !b.ok) throw new Error("parse failed");
    expect(formatMinor(a.minor + b.minor, 2)).toBe("0.30");
  });

  it.each([
    ["12.345", "INR", "INR has at most 2 decimal places."],
    ["1.5", "JPY", "JPY has no decimal places."],
    ["1.2345", "KWD", "KWD has at most 3 decimal places."],
  ] as const)("refuses %s %s rather than rounding", (text, currency, error) => {
    expect(parseAmount(text, EXPONENT[currency], currency)).toEqual({ ok: false, error });
  });

  it.each(["", "abc", "1e3", "1.2.3", "--1", "Infinity", "0x10", ".5"])("refuses %j", (text) => {
    expect(parseAmount(text, 2).ok).toBe(false);
  });

  it("round-trips every minor value it formats", () => {
    for (const [exponent, minor] of [[0, 7n], [2, -101n], [3, 1000001n]] as const) {
      expect(parseAmount(formatMinor(minor, exponent), exponent)).toEqual({ ok: true, minor });
    }
  });
});
