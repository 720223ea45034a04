import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

/**
 * Labelled form controls with their error and hint wired to aria-describedby, so a screen reader
 * announces what went wrong when the field is focused.
 */
interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

export function describedBy(name: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldMessages({ name, error, hint }: Omit<FieldProps, "label">) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          {t(error)}
        </p>
      ) : null}
    </>
  );
}

export function TextField({ name, label, error, hint, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={name}>{label}</label>
      <FieldMessages name={name} error={error} hint={hint} />
      <input
        id={name}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        {...input}
      />
    </div>
  );
}

/** A page with the same form several times gives each field an `id` of its own; it defaults to the name. */
export function SelectField({
  name,
  id = name,
  label,
  error,
  hint,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { children: ReactNode }) {
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages name={id} error={error} hint={hint} />
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...select}
      >
        {children}
      </select>
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  error,
  hint,
  ...input
}: Omit<FieldProps, "label"> & { label: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`field field--checkbox${error ? " field--invalid" : ""}`}>
      <input
        id={name}
        name={name}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, error, hint)}
        {...input}
      />
      <label htmlFor={name}>{label}</label>
      <FieldMessages name={name} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  name,
  id = name,
  label,
  error,
  hint,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <FieldMessages name={id} error={error} hint={hint} />
      <textarea
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...textarea}
      />
    </div>
  );
}
