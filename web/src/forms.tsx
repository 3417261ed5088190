// Form pieces: labelled inputs that show their own error, and turning an ApiError into
// per-field messages (BadRequest) or one message (the Status's).
import type { ComponentChildren, JSX } from "preact";
import { useState } from "preact/hooks";
import { ApiError } from "./api";

export type Errors = Record<string, string>;

/** The input a violation belongs to: `account.opening_balance.amount_minor` -> `opening_balance`
 * (with `resource` = "account"). Unknown fields go to "" (shown above the form). */
export function fieldErrors(error: unknown, resource = ""): Errors {
  if (!(error instanceof ApiError)) return { "": error instanceof Error ? error.message : String(error) };
  const found: Errors = {};
  for (const v of error.fieldViolations) {
    const parts = v.field.replace(/\[\d+\]/g, "").split(".");
    const name = parts[0] === resource && parts.length > 1 ? parts[1] : parts[0];
    found[name] ??= v.description;
  }
  if (Object.keys(found).length === 0) found[""] = error.message;
  return found;
}

type FieldProps = {
  name: string;
  label: string;
  errors: Errors;
  hint?: string;
  children?: ComponentChildren;
} & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, "label">;

export function Field({ name, label, errors, hint, children, ...input }: FieldProps) {
  const id = `f-${name}`;
  const error = errors[name];
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={`field${error ? " invalid" : ""}`}>
      <label for={id}>{label}</label>
      {children ?? <input id={id} name={name} aria-invalid={error ? "true" : undefined} aria-describedby={describedBy} {...input} />}
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

type SelectProps = {
  name: string;
  label: string;
  errors: Errors;
  options: [string, string][];
} & Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, "label">;

export function Select({ name, label, errors, options, ...select }: SelectProps) {
  const id = `f-${name}`;
  return (
    <Field name={name} label={label} errors={errors}>
      <select id={id} name={name} aria-invalid={errors[name] ? "true" : undefined} {...select}>
        {options.map(([value, text]) => (
          <option value={value}>{text}</option>
        ))}
      </select>
    </Field>
  );
}

export function FormError({ errors }: { errors: Errors }) {
  return errors[""] ? (
    <p class="banner error" role="alert">
      {errors[""]}
    </p>
  ) : null;
}

/** A form's values by input name. */
export function values(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((value, key) => (out[key] = String(value)));
  return out;
}

/** Submit state: busy while the call runs, its errors after. */
export function useSubmit(): [Errors, boolean, (work: () => Promise<void>, resource?: string) => Promise<void>, (e: Errors) => void] {
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>, resource = "") => {
    setBusy(true);
    setErrors({});
    try {
      await work();
    } catch (error) {
      setErrors(fieldErrors(error, resource));
    } finally {
      setBusy(false);
    }
  };
  return [errors, busy, run, setErrors];
}
