// Signed-in devices: list, sign one out, or sign out every other.
import { useEffect, useState } from "preact/hooks";
import {
  ListSessionsRequestSchema,
  ListSessionsResponseSchema,
  RevokeOtherSessionsRequestSchema,
  RevokeOtherSessionsResponseSchema,
  RevokeSessionRequestSchema,
  RevokeSessionResponseSchema,
  type DeviceSession,
} from "../../../gen/typescript/rupaya/v1/auth_pb";
import { timestampDate } from "@bufbuild/protobuf/wkt";
import { AuditAction, ListAuditEventsRequestSchema, ListAuditEventsResponseSchema, type AuditEvent } from "../../../gen/typescript/rupaya/v1/users_pb";
import { get, post } from "../api";
import { FormError, useSubmit } from "../forms";

const when = (s: DeviceSession) => (s.lastUsedTime ? timestampDate(s.lastUsedTime).toLocaleString() : "");
/** AuditAction.SIGN_IN_SUCCEEDED -> "Sign in succeeded" (the generated enum's own names). */
const action = (value: AuditAction) => {
  const name = (AuditAction[value] ?? "UNSPECIFIED").toLowerCase().replace(/_/g, " ");
  return name.charAt(0).toUpperCase() + name.slice(1);
};
const ACTIVITY_SHOWN = 20;

function Activity() {
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  useEffect(() => void get("/v1/me/auditEvents", ListAuditEventsRequestSchema, { pageSize: ACTIVITY_SHOWN }, ListAuditEventsResponseSchema).then((r) => setEvents(r.events)), []);
  return (
    <section class="card">
      <h2>Recent security activity</h2>
      <ul class="rows" aria-label="Security activity">
        {(events ?? []).map((e) => (
          <li class="row event">
            <div>
              <strong>{action(e.action)}</strong>
              <div class="muted">
                {e.createTime ? timestampDate(e.createTime).toLocaleString() : ""}
                {e.peerAddress ? ` · from ${e.peerAddress}` : ""}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Sessions() {
  const [sessions, setSessions] = useState<DeviceSession[] | null>(null);
  const [notice, setNotice] = useState("");
  const [errors, busy, run] = useSubmit();
  const reload = () => get("/v1/auth/sessions", ListSessionsRequestSchema, {}, ListSessionsResponseSchema).then((r) => setSessions(r.sessions));
  useEffect(() => void reload(), []);

  const revokeOthers = () =>
    run(async () => {
      const reply = await post("/v1/auth/sessions:revokeOthers", RevokeOtherSessionsRequestSchema, {}, RevokeOtherSessionsResponseSchema);
      setNotice(`Signed out ${reply.revokedCount} other session${reply.revokedCount === 1 ? "" : "s"}.`);
      await reload();
    });
  const revoke = (s: DeviceSession) =>
    run(async () => {
      await post(`/v1/auth/sessions/${s.id}:revoke`, RevokeSessionRequestSchema, { sessionId: s.id }, RevokeSessionResponseSchema);
      await reload();
    });

  return (
    <>
    <section class="card">
      <h2>Where you are signed in</h2>
      <FormError errors={errors} />
      {notice && <p class="banner ok" role="status">{notice}</p>}
      <ul class="rows" aria-label="Sessions">
        {(sessions ?? []).map((s) => (
          <li class="row session">
            <div>
              <strong>{s.device?.deviceName || s.device?.deviceId || "Unknown device"}</strong>
              {s.current && <span class="badge">This device</span>}
              <div class="muted">Last active {when(s)}</div>
            </div>
            {!s.current && (
              <button class="ghost" disabled={busy} onClick={() => revoke(s)} aria-label={`Sign out ${s.device?.deviceName || "this session"}`}>
                Sign out
              </button>
            )}
          </li>
        ))}
      </ul>
      <button class="primary" disabled={busy || (sessions ?? []).length < 2} onClick={revokeOthers}>
        Sign out all other sessions
      </button>
    </section>
    <Activity />
    </>
  );
}
