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
import { get, post } from "../api";
import { FormError, useSubmit } from "../forms";

const when = (s: DeviceSession) => (s.lastUsedTime ? timestampDate(s.lastUsedTime).toLocaleString() : "");

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
  );
}
