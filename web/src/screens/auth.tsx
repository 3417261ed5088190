// Sign up, sign in and the MFA step. The refresh token never reaches this code: the gateway
// turns it into an HttpOnly cookie; the access token is kept in memory by api.ts.
import { useState } from "preact/hooks";
import {
  CompleteMfaSignInRequestSchema,
  CompleteMfaSignInResponseSchema,
  SignInRequestSchema,
  SignInResponseSchema,
  SignUpRequestSchema,
  SignUpResponseSchema,
} from "../../../gen/typescript/rupaya/v1/auth_pb";
import { Platform } from "../../../gen/typescript/rupaya/v1/common_pb";
import { post, keepTokens } from "../api";
import { Field, FormError, useSubmit, values } from "../forms";

const DEVICE_KEY = "rupaya.device-id";

/** This browser's device id (not a secret: it names the session in the sessions list). */
function device() {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) localStorage.setItem(DEVICE_KEY, (id = `web-${crypto.randomUUID()}`));
  const browser = /Firefox/.test(navigator.userAgent) ? "Firefox" : /Chrom/.test(navigator.userAgent) ? "Chromium" : "Browser";
  return { deviceId: id, deviceName: `${browser} on the web`, platform: Platform.WEB };
}

export function AuthCard({ title, children }: { title: string; children: preact.ComponentChildren }) {
  return (
    <main class="auth">
      <div class="auth-card">
        <p class="brand">RUPAYA</p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

export function SignIn({ done }: { done: () => void }) {
  const [errors, busy, run] = useSubmit();
  const [challenge, setChallenge] = useState("");

  const signIn = (event: Event) => {
    event.preventDefault();
    const form = values(event.currentTarget as HTMLFormElement);
    return run(async () => {
      const reply = await post("/v1/auth:signIn", SignInRequestSchema, { email: form.email, password: form.password, device: device() }, SignInResponseSchema);
      if (reply.mfaRequired) return setChallenge(reply.mfaChallenge);
      keepTokens(reply.tokens);
      done();
    });
  };
  const complete = (event: Event) => {
    event.preventDefault();
    const form = values(event.currentTarget as HTMLFormElement);
    return run(async () => {
      const reply = await post(
        "/v1/auth:completeMfaSignIn",
        CompleteMfaSignInRequestSchema,
        { mfaChallenge: challenge, code: form.code.replace(/\s/g, "") },
        CompleteMfaSignInResponseSchema,
      );
      keepTokens(reply.tokens);
      done();
    });
  };

  if (challenge)
    return (
      <AuthCard title="Two-step verification">
        <form onSubmit={complete} noValidate>
          <p>Enter the 6-digit code from your authenticator app, or one of your backup codes.</p>
          <FormError errors={errors} />
          <Field name="code" label="Code" errors={errors} autocomplete="one-time-code" inputMode="text" required autoFocus />
          <button class="primary" disabled={busy}>
            Verify
          </button>
        </form>
      </AuthCard>
    );
  return (
    <AuthCard title="Sign in">
      <form onSubmit={signIn} noValidate>
        <FormError errors={errors} />
        <Field name="email" label="E-mail" type="email" autocomplete="username" errors={errors} required />
        <Field name="password" label="Password" type="password" autocomplete="current-password" errors={errors} required />
        <button class="primary" disabled={busy}>
          Sign in
        </button>
      </form>
      <p class="switch">
        <a href="#/forgot-password">Forgot your password?</a>
      </p>
      <p class="switch">
        New here? <a href="#/sign-up">Create an account</a>
      </p>
    </AuthCard>
  );
}

export function SignUp({ done }: { done: () => void }) {
  const [errors, busy, run] = useSubmit();
  const signUp = (event: Event) => {
    event.preventDefault();
    const form = values(event.currentTarget as HTMLFormElement);
    return run(async () => {
      const reply = await post(
        "/v1/auth:signUp",
        SignUpRequestSchema,
        { email: form.email, password: form.password, displayName: form.display_name, device: device() },
        SignUpResponseSchema,
      );
      keepTokens(reply.tokens);
      done();
    });
  };
  return (
    <AuthCard title="Create your account">
      <form onSubmit={signUp} noValidate>
        <FormError errors={errors} />
        <Field name="display_name" label="Name" autocomplete="name" errors={errors} />
        <Field name="email" label="E-mail" type="email" autocomplete="email" errors={errors} required />
        <Field
          name="password"
          label="Password"
          type="password"
          autocomplete="new-password"
          hint="At least 12 characters; a few unrelated words work well."
          errors={errors}
          required
        />
        <button class="primary" disabled={busy}>
          Create account
        </button>
      </form>
      <p class="switch">
        Already have an account? <a href="#/sign-in">Sign in</a>
      </p>
    </AuthCard>
  );
}
