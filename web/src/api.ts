// The gateway's HTTP/JSON API, typed by the generated schemas (gen/typescript): requests are
// built with `create` and sent with `toJson`, replies read with `fromJson`.
// Tokens: the access token lives in this module's memory only; the refresh token is an HttpOnly
// cookie the gateway sets (X-Rupaya-Credentials: cookie) and the page never sees; refreshing
// echoes the CSRF token (gateway/cookies.py).
import { create, createRegistry, fromJson, toJson } from "@bufbuild/protobuf";
import type { DescMessage, JsonObject, JsonValue, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import { anyIs, anyUnpack } from "@bufbuild/protobuf/wkt";
import { StatusSchema, type Status } from "../../gen/typescript/google/rpc/status_pb";
import {
  BadRequestSchema,
  ErrorInfoSchema,
  file_google_rpc_error_details,
} from "../../gen/typescript/google/rpc/error_details_pb";
import { RefreshTokenRequestSchema, RefreshTokenResponseSchema, type AuthTokens } from "../../gen/typescript/rupaya/v1/auth_pb";

const registry = createRegistry(file_google_rpc_error_details);
const CSRF_COOKIE = "__Host-rupaya_csrf";
const MAX_RATE_LIMIT_WAITS = 3;

/** A reply that is not 2xx: its google.rpc.Status. */
export class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly status: Status,
  ) {
    super(status.message || `Request failed (${httpStatus}).`);
  }
  get reason(): string {
    const info = this.status.details.find((d) => anyIs(d, ErrorInfoSchema));
    return info ? anyUnpack(info, ErrorInfoSchema)!.reason : "";
  }
  /** Field path (as the server names it, e.g. `amount.amount_minor`) -> message. */
  get fieldViolations(): { field: string; description: string }[] {
    return this.status.details
      .filter((d) => anyIs(d, BadRequestSchema))
      .flatMap((d) => anyUnpack(d, BadRequestSchema)!.fieldViolations);
  }
}

let accessToken = "";
let csrfToken = "";
/** Told when the session ends (sign-out, or a refresh the server refused). */
let onSignedOut: () => void = () => {};
/** Told while a call waits out a 429's Retry-After (seconds; 0 when done). */
let onRateLimited: (seconds: number) => void = () => {};

export function listen(handlers: { signedOut: () => void; rateLimited: (seconds: number) => void }): void {
  onSignedOut = handlers.signedOut;
  onRateLimited = handlers.rateLimited;
}

export function signedIn(): boolean {
  return accessToken !== "";
}

/** Keep the tokens a sign-in or refresh returned (the refresh token went into the cookie). */
export function keepTokens(tokens: AuthTokens | undefined): void {
  accessToken = tokens?.accessToken ?? "";
}

export function forget(): void {
  accessToken = "";
  csrfToken = "";
}

function csrfFromCookie(): string {
  const pair = document.cookie.split("; ").find((c) => c.startsWith(CSRF_COOKIE + "="));
  return pair ? decodeURIComponent(pair.slice(CSRF_COOKIE.length + 1)) : "";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(method: string, path: string, body?: JsonValue): Promise<Response> {
  const headers: Record<string, string> = { "x-rupaya-credentials": "cookie" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  const csrf = csrfToken || csrfFromCookie();
  if (csrf) headers["x-csrf-token"] = csrf;
  for (let waits = 0; ; waits++) {
    const reply = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
    const fresh = reply.headers.get("x-csrf-token");
    if (fresh) csrfToken = fresh;
    if (reply.status !== 429 || waits >= MAX_RATE_LIMIT_WAITS) return reply;
    const seconds = Math.min(Number.parseInt(reply.headers.get("retry-after") ?? "1", 10) || 1, 60);
    onRateLimited(seconds);
    await sleep(seconds * 1000);
    onRateLimited(0);
  }
}

async function decode<O extends DescMessage>(reply: Response, output: O): Promise<MessageShape<O>> {
  const json = (await reply.json()) as JsonValue;
  if (!reply.ok) throw new ApiError(reply.status, fromJson(StatusSchema, json, { registry, ignoreUnknownFields: true }));
  // A newer server may add fields: ignore what this build does not know.
  return fromJson(output, json, { ignoreUnknownFields: true });
}

let refreshing: Promise<boolean> | null = null;

/** A new access token from the refresh cookie (rotated by the server); false when there is no
 * live session. Concurrent callers share one refresh: a second use of a rotated token would
 * end the session. */
export function refresh(): Promise<boolean> {
  // The CSRF cookie lives as long as the refresh cookie: without it there is no session to resume.
  if (!csrfToken && !csrfFromCookie()) return Promise.resolve(false);
  refreshing ??= (async () => {
    try {
      accessToken = "";
      const request = toJson(RefreshTokenRequestSchema, create(RefreshTokenRequestSchema, {}));
      const reply = await decode(await send("POST", "/v1/auth:refreshToken", request), RefreshTokenResponseSchema);
      keepTokens(reply.tokens);
      return signedIn();
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** `send` with the access token; an expired one is refreshed once and the call repeated. */
async function authed(method: string, path: string, body?: JsonValue): Promise<Response> {
  const reply = await send(method, path, body);
  if (reply.status !== 401 || !accessToken) return reply;
  // The access token expired (about 15 minutes): one refresh, then the call once more.
  if (await refresh()) return send(method, path, body);
  forget();
  onSignedOut();
  return reply;
}

async function call<O extends DescMessage>(method: string, path: string, output: O, body?: JsonValue): Promise<MessageShape<O>> {
  return decode(await authed(method, path, body), output);
}

/** A server-streamed file (an HttpBody-shaped stream, e.g. an export), read chunk by chunk with
 * `fetch` so the Authorization header goes with it (EventSource could not send one).
 * `progress` hears the bytes so far. */
export async function download<I extends DescMessage>(
  path: string,
  input: I,
  init: MessageInitShape<I>,
  progress: (bytes: number) => void,
): Promise<{ blob: Blob; fileName: string }> {
  const params = query(toJson(input, create(input, init))).toString();
  const reply = await authed("GET", params ? `${path}?${params}` : path);
  if (!reply.ok || !reply.body) await decode(reply, StatusSchema); // throws the ApiError
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = reply.body!.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    chunks.push(part.value);
    progress((bytes += part.value.length));
  }
  const fileName = /filename="?([^";]+)"?/.exec(reply.headers.get("content-disposition") ?? "")?.[1] ?? "export";
  return { blob: new Blob(chunks as BlobPart[], { type: reply.headers.get("content-type") ?? "application/octet-stream" }), fileName };
}

/** `{a: {b: 1}, tags: ["x"]}` -> `a.b=1&tags=x`: how the gateway reads a GET request's fields. */
function query(json: JsonValue, prefix = "", out = new URLSearchParams()): URLSearchParams {
  if (json !== null && typeof json === "object" && !Array.isArray(json)) {
    for (const [key, value] of Object.entries(json as JsonObject)) query(value, prefix ? `${prefix}.${key}` : key, out);
  } else if (Array.isArray(json)) {
    for (const item of json) query(item, prefix, out);
  } else if (json !== null) {
    out.append(prefix, String(json));
  }
  return out;
}

export async function get<I extends DescMessage, O extends DescMessage>(
  path: string,
  input: I,
  init: MessageInitShape<I>,
  output: O,
): Promise<MessageShape<O>> {
  const params = query(toJson(input, create(input, init))).toString();
  return call("GET", params ? `${path}?${params}` : path, output);
}

export async function post<I extends DescMessage, O extends DescMessage>(
  path: string,
  input: I,
  init: MessageInitShape<I>,
  output: O,
): Promise<MessageShape<O>> {
  return call("POST", path, output, toJson(input, create(input, init)));
}

/** DELETE: the request's fields (etag, request_id) travel in the query, as for GET. */
export async function remove<I extends DescMessage, O extends DescMessage>(
  path: string,
  input: I,
  init: MessageInitShape<I>,
  output: O,
): Promise<MessageShape<O>> {
  return call("DELETE", `${path}?${query(toJson(input, create(input, init)))}`, output);
}

/** PATCH with the resource as the body (`body: "resource"` routes) and its update mask. */
export async function patch<I extends DescMessage, O extends DescMessage>(
  path: string,
  input: I,
  init: MessageInitShape<I>,
  bodyField: string,
  output: O,
): Promise<MessageShape<O>> {
  const { [bodyField]: body, ...rest } = toJson(input, create(input, init)) as JsonObject;
  const params = query(rest).toString(); // update_mask, request_id, etag: beside the body
  return call("PATCH", params ? `${path}?${params}` : path, output, body);
}

export function requestId(): string {
  return crypto.randomUUID();
}
