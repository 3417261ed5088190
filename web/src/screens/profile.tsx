// Profile: name, base currency (for converted totals) and time zone (for periods).
import { useEffect, useState } from "preact/hooks";
import { ResendVerificationEmailRequestSchema, ResendVerificationEmailResponseSchema } from "../../../gen/typescript/rupaya/v1/auth_pb";
import { GetProfileRequestSchema, GetProfileResponseSchema, UpdateProfileRequestSchema, UpdateProfileResponseSchema, type Profile as ProfileData } from "../../../gen/typescript/rupaya/v1/users_pb";
import { get, patch, post, requestId } from "../api";
import { Field, FormError, Select, useSubmit, values } from "../forms";
import { currencyCodes, timeZone } from "../ref";
import { Credentials } from "./credentials";
import { TwoStep } from "./mfa";

function zones(current: string): string[] {
  const known = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  return [...new Set([current, timeZone(), "UTC", ...known])].filter(Boolean);
}

export function Profile() {
  const [profile, setProfile] = useState<ProfileData | null>(null);
  const [saved, setSaved] = useState(false);
  const [resent, setResent] = useState(false);
  const [errors, busy, run] = useSubmit();
  const load = () => get("/v1/me", GetProfileRequestSchema, {}, GetProfileResponseSchema).then((r) => setProfile(r.profile ?? null));
  useEffect(() => void load(), []);
  if (!profile) return <p class="muted">Loading…</p>;

  const save = (event: Event) => {
    event.preventDefault();
    const form = values(event.currentTarget as HTMLFormElement);
    setSaved(false);
    return run(async () => {
      const reply = await patch(
        "/v1/me",
        UpdateProfileRequestSchema,
        {
          profile: { displayName: form.display_name, baseCurrency: form.base_currency, timeZone: form.time_zone },
          updateMask: { paths: ["display_name", "base_currency", "time_zone"] },
          etag: profile.etag,
          requestId: requestId(),
        },
        "profile",
        UpdateProfileResponseSchema,
      );
      setProfile(reply.profile ?? null);
      setSaved(true);
    }, "profile");
  };

  return (
    <>
    <section class="card">
      <h2>{profile.email}</h2>
      {profile.emailVerified ? (
        <p class="muted" data-email="verified">Your e-mail address is confirmed.</p>
      ) : (
        <p class="banner warn" data-email="unverified">
          Confirm your e-mail address with the link we sent you (turning on two-step verification needs it).{" "}
          {resent ? (
            <span role="status">Sent again.</span>
          ) : (
            <button class="link" onClick={() => run(async () => (await post("/v1/auth:resendVerificationEmail", ResendVerificationEmailRequestSchema, {}, ResendVerificationEmailResponseSchema), setResent(true)))}>
              Send it again
            </button>
          )}
        </p>
      )}
      <form onSubmit={save} noValidate class="grid" aria-label="Profile">
        <FormError errors={errors} />
        {saved && <p class="banner ok" role="status">Saved.</p>}
        <Field name="display_name" label="Name" errors={errors} defaultValue={profile.displayName} />
        <Select name="base_currency" label="Base currency" errors={errors} options={[["", "None"], ...currencyCodes().map((c): [string, string] => [c, c])]} value={profile.baseCurrency} />
        <Select name="time_zone" label="Time zone" errors={errors} options={zones(profile.timeZone).map((z) => [z, z])} value={profile.timeZone || timeZone()} />
        <button class="primary" disabled={busy}>Save profile</button>
      </form>
    </section>
    <section class="card">
      <h2>Signing in</h2>
      <Credentials />
    </section>
    <section class="card">
      <h2>Two-step verification</h2>
      <p class="muted" data-mfa={profile.mfaEnabled ? "on" : "off"}>
        Two-step verification is {profile.mfaEnabled ? "on: signing in asks for a code from your authenticator app." : "off."}
      </p>
      <TwoStep enabled={profile.mfaEnabled} verified={profile.emailVerified} changed={() => void load()} />
    </section>
    </>
  );
}
