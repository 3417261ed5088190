// Reference data every screen needs: currency exponents, the user's categories, dates.
import { ListCurrenciesRequestSchema, ListCurrenciesResponseSchema } from "../../gen/typescript/rupaya/v1/currencies_pb";
import { ListCategoriesRequestSchema, ListCategoriesResponseSchema, type Category } from "../../gen/typescript/rupaya/v1/categories_pb";
import type { Money } from "../../gen/typescript/rupaya/v1/common_pb";
import type { Date as CalendarDay } from "../../gen/typescript/google/type/date_pb";
import { get } from "./api";
import { displayMinor, parseAmount } from "./money";

let exponents = new Map<string, number>();

export async function loadCurrencies(): Promise<void> {
  if (exponents.size) return;
  const reply = await get("/v1/currencies", ListCurrenciesRequestSchema, {}, ListCurrenciesResponseSchema);
  exponents = new Map(reply.currencies.map((c) => [c.code, c.exponent]));
}

export function currencyCodes(): string[] {
  return [...exponents.keys()].sort();
}

export function exponentOf(currency: string): number {
  return exponents.get(currency) ?? 2;
}

export function show(money: Money | undefined): string {
  if (!money) return "";
  return displayMinor(money.amountMinor, exponentOf(money.currencyCode), money.currencyCode);
}

/** Text the user typed as the contract's Money, or a message for that field. */
export function money(text: string, currency: string): { amountMinor: bigint; currencyCode: string } | string {
  const parsed = parseAmount(text, exponentOf(currency), currency);
  return parsed.ok ? { amountMinor: parsed.minor, currencyCode: currency } : parsed.error;
}

export async function listCategories(): Promise<Category[]> {
  const all: Category[] = [];
  let pageToken = "";
  do {
    const page = await get("/v1/categories", ListCategoriesRequestSchema, { pageToken, pageSize: 500 }, ListCategoriesResponseSchema);
    all.push(...page.categories);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return all;
}

export function today(): CalendarDay {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() } as CalendarDay;
}

export function dayText(day: CalendarDay | undefined): string {
  if (!day) return "";
  return `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}

export function parseDay(text: string): { year: number; month: number; day: number } {
  const [year, month, day] = text.split("-").map((part) => Number.parseInt(part, 10));
  return { year, month, day };
}

export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
