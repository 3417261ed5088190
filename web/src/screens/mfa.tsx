// Two-step verification on the profile screen: turn on (QR code or the secret typed by hand, a
// first code, then the backup codes shown once), new backup codes, turn off.
import { useEffect, useState } from "preact/hooks";
import {
  ConfirmMfaRequestSchema,
  ConfirmMfaResponseSchema,
  DisableMfaRequestSchema,
  DisableMfaResponseSchema,
  EnrollMfaRequestSchema,
  EnrollMfaResponseSchema,
  RegenerateBackupCodesRequestSchema,
  RegenerateBackupCodesResponseSchema,
  type EnrollMfaResponse,
} from "../../../gen/typescript/rupaya/v1/auth_pb";
import { post } from "../api";
import { Field, FormError, useSubmit, values } from "../forms";

/** The QR code as an object URL (the CSP allows blob: images, not data: ones). */
function useImage(bytes: Uint8Array | undefined, type: string): string {
  const [url, setUrl] = useState("");
  useEffect(() => {
    if (!bytes?.length) return;
    const made = URL.createObjectURL(new Blob([bytes as BlobPart], { type: type || "image/png" }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes]);
  return url;
}

function BackupCodes({ codes, done }: { codes: string[]; done: () => void }) {
  return (
    <div class="backup-codes">
      <p>
        <strong>Save these backup codes</strong> somewhere safe. Each signs you in once if your phone is not at hand; they are not shown again.
      </p>
      <ul aria-label="Backup codes">
        {codes.map((code) => (
          <li>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button class="primary" onClick={done}>
        I have saved them
      </button>
    </div>
  );
}

export function TwoStep({ enabled, verified, changed }: { enabled: boolean; verified: boolean; changed: () => void }) {
  const [enrolment, setEnrolment] = useState<EnrollMfaResponse | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [errors, busy, run] = useSubmit();
  const qr = useImage(enrolment?.qrCode, enrolment?.qrCodeMimeType ?? "");
  const submit = (work: (form: Record<string, string>) => Promise<void>) => (event: Event) => {
    event.preventDefault();
    const form = values(event.currentTarget as HTMLFormElement);
    return run(() => work(form));
  };

  if (codes) return <BackupCodes codes={codes} done={() => (setCodes(null), setEnrolment(null), changed())} />;
  if (enrolment)
    return (
      <form onSubmit={submit(async (form) => setCodes((await post("/v1/auth/mfa:confirm", ConfirmMfaRequestSchema, { code: form.code }, ConfirmMfaResponseSchema)).backupCodes))} noValidate aria-label="Confirm two-step verification">
        <p>Scan this code with an authenticator app, or type the key in by hand, then enter the 6-digit code it shows.</p>
        {qr && <img class="qr" src={qr} alt="QR code for your authenticator app" width={180} height={180} />}
        <p>
          Key: <code data-secret>{enrolment.secret}</code>
        </p>
        <FormError errors={errors} />
        <Field name="code" label="Code from the app" errors={errors} inputMode="numeric" autocomplete="one-time-code" required />
        <button class="primary" disabled={busy}>Turn on</button>
      </form>
    );
  if (!enabled && !verified) return <p class="muted">Confirm your e-mail address first: then you can turn it on here.</p>;
  if (!enabled)
    return (
      <>
        <FormError errors={errors} />
        <button class="primary" disabled={busy} onClick={() => run(async () => setEnrolment(await post("/v1/auth/mfa:enroll", EnrollMfaRequestSchema, {}, EnrollMfaResponseSchema)))}>
          Turn on two-step verification
        </button>
      </>
    );
  return (
    <div class="grid2">
      <form onSubmit={submit(async (form) => setCodes((await post("/v1/auth/mfa:regenerateBackupCodes", RegenerateBackupCodesRequestSchema, { code: form.new_codes_code }, RegenerateBackupCodesResponseSchema)).backupCodes))} noValidate aria-label="New backup codes">
        <h3>New backup codes</h3>
        <Field name="new_codes_code" label="Code from the app" errors={errors.code ? { new_codes_code: errors.code } : {}} inputMode="numeric" required />
        <button class="ghost" disabled={busy}>Make new codes</button>
      </form>
      <form
        onSubmit={submit(async (form) => {
          await post("/v1/auth/mfa:disable", DisableMfaRequestSchema, { password: form.password, code: form.off_code }, DisableMfaResponseSchema);
          changed();
        })}
        noValidate
        aria-label="Turn off two-step verification"
      >
        <h3>Turn off</h3>
        <FormError errors={errors} />
        <Field name="password" label="Password" type="password" autocomplete="current-password" errors={errors} required />
        <Field name="off_code" label="Code or backup code" errors={errors.code ? { off_code: errors.code } : {}} required />
        <button class="ghost" disabled={busy}>Turn off</button>
      </form>
    </div>
  );
}
