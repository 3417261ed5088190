// The profile's sign-in card: a new password (every other session ends) and a new e-mail address
// (it takes over once confirmed through the link sent to it). Each form keeps its own errors.
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import {
  ChangeEmailRequestSchema,
  ChangeEmailResponseSchema,
  ChangePasswordRequestSchema,
  ChangePasswordResponseSchema,
} from "../../../gen/typescript/rupaya/v1/auth_pb";
import { post } from "../api";
import { Field, FormError, useSubmit, values, type Errors } from "../forms";

type Work = (form: Record<string, string>) => Promise<string>;

function CardForm({ label, work, fields, button }: { label: string; work: Work; fields: (errors: Errors) => ComponentChildren; button: string }) {
  const [notice, setNotice] = useState("");
  const [errors, busy, run] = useSubmit();
  const submit = (event: Event) => {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    setNotice("");
    return run(async () => {
      setNotice(await work(values(element)));
      element.reset();
    });
  };
  return (
    <form noValidate aria-label={label} onSubmit={submit}>
      <h3>{label}</h3>
      <FormError errors={errors} />
      {notice && <p class="banner ok" role="status">{notice}</p>}
      {fields(errors)}
      <button class="ghost" disabled={busy}>{button}</button>
    </form>
  );
}

export function Credentials() {
  return (
    <div class="grid2">
      <CardForm
        label="Change password"
        button="Change password"
        work={async (form) => {
          await post("/v1/auth:changePassword", ChangePasswordRequestSchema, { currentPassword: form.current_password, newPassword: form.new_password }, ChangePasswordResponseSchema);
          return "Password changed. Your other devices were signed out.";
        }}
        fields={(errors) => (
          <>
            <Field name="current_password" label="Current password" type="password" autocomplete="current-password" errors={errors} required />
            <Field name="new_password" label="New password" type="password" autocomplete="new-password" hint="At least 12 characters." errors={errors} required />
          </>
        )}
      />
      <CardForm
        label="Change e-mail address"
        button="Change address"
        work={async (form) => {
          await post("/v1/auth:changeEmail", ChangeEmailRequestSchema, { newEmail: form.new_email, currentPassword: form.email_password }, ChangeEmailResponseSchema);
          return `We sent a link to ${form.new_email}: the address changes once you open it.`;
        }}
        fields={(errors) => (
          <>
            <Field name="new_email" label="New e-mail address" type="email" autocomplete="email" errors={errors} required />
            <Field name="email_password" label="Password" type="password" autocomplete="current-password" errors={{ email_password: errors.current_password }} required />
          </>
        )}
      />
    </div>
  );
}
