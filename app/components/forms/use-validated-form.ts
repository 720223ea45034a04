import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { formDataToObject, validateForm, type FieldErrors } from "~/utils/forms";

/**
 * Checks a form in the browser with the same zod schema the server uses, before it is sent.
 * Without JavaScript nothing happens here and the server's answer shows the same messages.
 */
export function useValidatedForm(schema: z.ZodType, serverErrors: FieldErrors | undefined) {
  const [clientErrors, setClientErrors] = useState<FieldErrors | undefined>();
  const [lastServerErrors, setLastServerErrors] = useState(serverErrors);
  if (serverErrors !== lastServerErrors) {
    // A new answer from the server replaces what the browser found before.
    setLastServerErrors(serverErrors);
    setClientErrors(undefined);
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const result = validateForm(schema, formDataToObject(new FormData(event.currentTarget)));
    if (result.ok) {
      setClientErrors(undefined);
      return;
    }
    event.preventDefault();
    setClientErrors(result.errors);
  };
  return { errors: clientErrors ?? serverErrors, onSubmit };
}
