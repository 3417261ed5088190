// A small web client on gen/typescript (protobuf-es messages) over the HTTP/JSON gateway with
// fetch, type-checked by tsc and run with Node against a live gateway by
// tests/test_typescript_client.py, which asserts on the lines it prints. docs/clients.md quotes it.
// Usage: node journey.js BASE_URL CATEGORY_ID
import { create, fromJson, toJson, createRegistry } from "@bufbuild/protobuf";
import { anyIs, anyUnpack } from "@bufbuild/protobuf/wkt";
import type { DescMessage, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import { randomUUID } from "node:crypto";
import { StatusSchema, type Status } from "../../../gen/typescript/google/rpc/status_pb.js";
import {
  BadRequestSchema,
  ErrorInfoSchema,
  file_google_rpc_error_details,
} from "../../../gen/typescript/google/rpc/error_details_pb.js";
import { AccountType, CreateAccountRequestSchema, CreateAccountResponseSchema, GetAccountResponseSchema } from "../../../gen/typescript/rupaya/v1/accounts_pb.js";
import {
  RefreshTokenRequestSchema,
  RefreshTokenResponseSchema,
  SignUpRequestSchema,
  SignUpResponseSchema,
} from "../../../gen/typescript/rupaya/v1/auth_pb.js";
import { Platform } from "../../../gen/typescript/rupaya/v1/common_pb.js";
import {
  CreateTransactionRequestSchema,
  CreateTransactionResponseSchema,
  ListTransactionsResponseSchema,
  TransactionKind,
} from "../../../gen/typescript/rupaya/v1/transactions_pb.js";

const [base, categoryId] = process.argv.slice(2);
const PASSWORD = "correct horse battery staple";

// --- calling the gateway: JSON in and out by the generated schemas ---
// Error details arrive as google.protobuf.Any: the registry names the types fromJson may unpack.
const registry = createRegistry(file_google_rpc_error_details);

/** A gateway reply that is not 2xx: its google.rpc.Status, decoded. */
class ApiError extends Error {
  constructor(readonly httpStatus: number, readonly status: Status) {
    super(status.message);
  }
  get reason(): string {
    const info = this.status.details.find((d) => anyIs(d, ErrorInfoSchema));
    return info ? anyUnpack(info, ErrorInfoSchema)!.reason : "";
  }
  get fieldViolations(): { field: string; description: string }[] {
    return this.status.details
      .filter((d) => anyIs(d, BadRequestSchema))
      .flatMap((d) => anyUnpack(d, BadRequestSchema)!.fieldViolations);
  }
}

let accessToken = "";

async function call<O extends DescMessage>(
  method: "GET" | "POST",
  path: string,
  output: O,
  body?: unknown,
): Promise<MessageShape<O>> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  const reply = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await reply.json();
  if (!reply.ok) throw new ApiError(reply.status, fromJson(StatusSchema, json, { registry }));
  // A newer server may add fields: ignore what this build of the app does not know.
  return fromJson(output, json, { ignoreUnknownFields: true });
}

/** POST a request message built from the generated schema (checked by tsc, sent as proto JSON). */
async function post<I extends DescMessage, O extends DescMessage>(
  path: string,
  input: I,
  init: MessageInitShape<I>,
  output: O,
): Promise<MessageShape<O>> {
  return call("POST", path, output, toJson(input, create(input, init)));
}

// --- retrying a mutation safely: the same request_id every time ---
/** Sends one mutation up to `attempts` times; the server applies a request_id once and
 *  answers a repeat with the first result, so a retry after a lost reply cannot double-book. */
async function withRetries<T>(send: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const transient = !(error instanceof ApiError) || [429, 502, 503, 504].includes(error.httpStatus);
      if (!transient || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
}

// --- authentication: sign up, then send the access token; rotate with the refresh token ---
const signedUp = await post(
  "/v1/auth:signUp",
  SignUpRequestSchema,
  {
    email: `web-${randomUUID()}@example.com`,
    password: PASSWORD,
    device: { deviceId: "web-1", deviceName: "Browser", platform: Platform.WEB },
  },
  SignUpResponseSchema,
);
accessToken = signedUp.tokens!.accessToken;
console.log(`signed_up user=${signedUp.userId}`);

const account = (
  await post(
    "/v1/accounts",
    CreateAccountRequestSchema,
    {
      requestId: randomUUID(),
      name: "Wallet",
      type: AccountType.CHECKING,
      currencyCode: "INR",
      openingBalance: { amountMinor: 10_000n, currencyCode: "INR" }, // int64: a bigint, never a float
    },
    CreateAccountResponseSchema,
  )
).account!;
console.log(`account id=${account.id} balance=${account.currentBalance!.amountMinor}`);

const expense = (minor: bigint) =>
  create(CreateTransactionRequestSchema, {
    requestId: randomUUID(),
    kind: TransactionKind.EXPENSE,
    accountId: account.id,
    amount: { amountMinor: minor, currencyCode: "INR" },
    categoryId,
    occurredOn: { year: 2026, month: 3, day: 15 },
  });
const first = expense(1_250n);
const send = () => call("POST", "/v1/transactions", CreateTransactionResponseSchema, toJson(CreateTransactionRequestSchema, first));
const created = (await withRetries(send)).transaction!;
const retried = (await withRetries(send)).transaction!; // as if the first reply had been lost
console.log(`expense id=${created.id} retry_id=${retried.id}`);
for (let i = 0; i < 4; i++) {
  await withRetries(() => call("POST", "/v1/transactions", CreateTransactionResponseSchema, toJson(CreateTransactionRequestSchema, expense(100n))));
}

// --- paging: pass nextPageToken back as pageToken until it is empty ---
let pages = 0;
let listed = 0;
let pageToken = "";
do {
  const query = new URLSearchParams({ accountId: account.id, pageSize: "2", pageToken });
  const page = await call("GET", `/v1/transactions?${query}`, ListTransactionsResponseSchema);
  pages += 1;
  listed += page.transactions.length;
  pageToken = page.nextPageToken;
} while (pageToken !== "");
console.log(`listed transactions=${listed} pages=${pages}`);
const balance = (await call("GET", `/v1/accounts/${account.id}`, GetAccountResponseSchema)).account!.currentBalance!;
console.log(`balance minor=${balance.amountMinor} currency=${balance.currencyCode}`);

// --- errors: the ErrorInfo reason says what happened, BadRequest says which fields ---
try {
  await post(
    "/v1/accounts",
    CreateAccountRequestSchema,
    { requestId: randomUUID(), name: "", type: AccountType.CHECKING, currencyCode: "inr" },
    CreateAccountResponseSchema,
  );
  console.log("invalid accepted");
} catch (error) {
  if (!(error instanceof ApiError)) throw error;
  console.log(`invalid http=${error.httpStatus} code=${error.status.code} reason=${error.reason}`);
  for (const v of error.fieldViolations) console.log(`invalid violation field=${v.field} description=${v.description}`);
}
try {
  await call("GET", `/v1/accounts/${randomUUID()}`, GetAccountResponseSchema);
  console.log("missing found");
} catch (error) {
  if (!(error instanceof ApiError)) throw error;
  console.log(`missing http=${error.httpStatus} code=${error.status.code} reason=${error.reason}`);
}

// --- refresh rotation: each refresh token works once; keep the new one ---
const oldRefresh = signedUp.tokens!.refreshToken;
const rotated = await post("/v1/auth:refreshToken", RefreshTokenRequestSchema, { refreshToken: oldRefresh }, RefreshTokenResponseSchema);
accessToken = rotated.tokens!.accessToken;
console.log(`refreshed new_refresh=${rotated.tokens!.refreshToken !== oldRefresh}`);
try {
  // Presenting a used refresh token again (a stolen copy) ends the whole session.
  await post("/v1/auth:refreshToken", RefreshTokenRequestSchema, { refreshToken: oldRefresh }, RefreshTokenResponseSchema);
  console.log("reuse accepted");
} catch (error) {
  if (!(error instanceof ApiError)) throw error;
  console.log(`reuse http=${error.httpStatus} reason=${error.reason}`);
}
console.log("done");
