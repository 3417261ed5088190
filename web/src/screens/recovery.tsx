// Account recovery (issue 16): the pages that links in messages open, `/verify-email#token=...`
// and `/reset-password#token=...`, and asking for a reset from the sign-in screen. The token
// comes in the URL fragment (never sent to a server); it is taken from the address bar at once.
import { useEffect, useState } from "preact/hooks";
import {
  RequestPasswordResetRequestSchema,
  RequestPasswordResetResponseSchema,
  ResetPasswordRequestSchema,
  ResetPasswordResponseSchema,
  VerifyEmailRequestSchema,
  VerifyEmailResponseSchema,
} from "../../../gen/typescript/rupaya/v1/auth_pb";
import { post } from "../api";
import { Field, FormError, useSubmit, values } from "../forms";
import { AuthCard } from "./auth";

export const RECOVERY_PAGES = ["/verify-email", "/reset-password"];

/** The token of a link's `#token=...`, removed from the address bar and history. */
export function takeLinkToken(): string {
  const token = new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
  history.replaceState(null, "", location.pathname);
  return token;
}

const toApp = () => location.assign("/");

export function VerifyEmail({ token }: { token: string }) {
  const [state, setState] = useState<"working" | "done" | "failed">(token ? "working" : "failed");
  const [errors, busy, run] = useSubmit();
  const verify = (code: string) =>
    run(async () => {
      try {
        await post("/v1/auth:verifyEmail", VerifyEmailRequestSchema, { token: code }, VerifyEmailResponseSchema);
        setState("done");
      } catch (error) {
        setState("failed");
        throw error;
      }
    });
  useEffect(() => void (token && verify(token)), []);

  return (
    <AuthCard title="Confirm your e-mail address">
      {state === "working" && <p role="status">Confirming…</p>}
      {state === "done" && (
        <>
          <p class="banner ok" role="status">Your e-mail address is confirmed.</p>
          <button class="primary" onClick={toApp}>Continue to RUPAYA</button>
        </>
      )}
      {state === "failed" && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            verify(values(e.currentTarget as HTMLFormElement).token.trim());
          }}
        >
          <FormError errors={errors} />
          <p>Enter the code from the message we sent you.</p>
          <Field name="token" label="Code" errors={errors} autocomplete="off" required />
          <button class="primary" disabled={busy}>Confirm</button>
        </form>
      )}
    </AuthCard>
  );
}

export function ResetPassword({ token: fromLink }: { token: string }) {
  const [done, setDone] = useState(false);
  const [errors, busy, run] = useSubmit();
  const reset = (event: Event) => {
    event.preventDefault();
    const form = values(event.currentTarget as HTMLFormElement);
    return run(async () => {
      await post(
        "/v1/auth:resetPassword",
        ResetPasswordRequestSchema,
        { token: fromLink || form.token.trim(), newPassword: form.new_password, mfaCode: form.mfa_code.replace(/\s/g, "") },
        ResetPasswordResponseSchema,
      );
      setDone(true);
    });
  };
  return (
    <AuthCard title="Choose a new password">
      {done ? (
        <>
          <p class="banner ok" role="status">Your password is changed, and every device was signed out. Sign in with the new one.</p>
          <button class="primary" onClick={toApp}>Sign in</button>
        </>
      ) : (
        <form onSubmit={reset} noValidate>
          <FormError errors={errors} />
          {!fromLink && <Field name="token" label="Code from the message" errors={errors} autocomplete="off" required />}
          <Field name="new_password" label="New password" type="password" autocomplete="new-password" hint="At least 12 characters." errors={errors} required />
          <Field
            name="mfa_code"
            label="Authenticator or backup code"
            hint="Only if two-step verification is on."
            errors={errors}
            autocomplete="one-time-code"
          />
          <button class="primary" disabled={busy}>Change password</button>
        </form>
      )}
    </AuthCard>
  );
}

export function ForgotPassword() {
  const [sent, setSent] = useState("");
  const [errors, busy, run] = useSubmit();
  const ask = (event: Event) => {
    event.preventDefault();
    const { email } = values(event.currentTarget as HTMLFormElement);
    return run(async () => {
      await post("/v1/auth:requestPasswordReset", RequestPasswordResetRequestSchema, { email }, RequestPasswordResetResponseSchema);
      setSent(email);
    });
  };
  return (
    <AuthCard title="Reset your password">
      {sent ? (
        <p class="banner ok" role="status">
          If an account uses {sent}, a message with a link to choose a new password is on its way. The link works once, for a short time.
        </p>
      ) : (
        <form onSubmit={ask} noValidate>
          <FormError errors={errors} />
          <Field name="email" label="E-mail" type="email" autocomplete="username" errors={errors} required />
          <button class="primary" disabled={busy}>Send the link</button>
        </form>
      )}
      <p class="switch">
        <a href="#/sign-in">Back to sign in</a>
      </p>
    </AuthCard>
  );
}
