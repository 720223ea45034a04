import { z } from "zod";

/** Field name → locale key of the message to show next to it. */
export type FieldErrors = Record<string, string>;

/** What a form posted: one text per name, or all of them for a name that was sent several times (checkboxes). */
export type FormValues = Record<string, string | string[]>;

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** The text fields of a form (files are handled elsewhere); a repeated name becomes a list. */
export function formDataToObject(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const previous = values[key];
    if (previous === undefined) values[key] = value;
    else values[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return values;
}

/**
 * The key an error is shown under: the field's name as the form writes it. Rows of a repeated
 * group are named `periods.0.startsOn`; a bad item of a checkbox list belongs to the list itself.
 */
function errorKey(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  while (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1] ?? "")) parts.pop();
  return parts.length > 0 ? parts.join(".") : "form";
}

/**
 * Validates a form with its zod schema. The first problem of each field is kept; a problem that
 * belongs to no field is reported under "form".
 */
export function validateForm<S extends z.ZodType>(schema: S, input: unknown): FormResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) errors[errorKey(issue.path)] ??= issue.message;
  return { ok: false, errors };
}

/** What a form shows again after a refusal: everything typed except secrets. */
export function valuesToKeep(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password|token/i.test(key)));
}

/** The first text posted under a name (a list's first item), or "" when none. */
export function textOf(values: FormValues | undefined, name: string): string {
  const value = values?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Everything posted under a name, as a list (none, one or several checkboxes). */
export function listOf(values: FormValues | undefined, name: string): string[] {
  const value = values?.[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * A checkbox list in a zod schema: the browser sends nothing, one value or several, and the schema
 * always sees an array.
 */
export function checkboxList<Item extends z.ZodType>(item: Item) {
  return z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(item),
  );
}

/**
 * The rows of a repeated group (`periods.0.startsOn`, `periods.1.startsOn`, …) in index order.
 * Rows whose fields are all empty are left out: forms offer a blank row for adding one more.
 */
export function rowsOf(values: Record<string, unknown>, group: string): Record<string, string>[] {
  const rows = new Map<number, Record<string, string>>();
  const pattern = new RegExp(`^${group}\\.(\\d+)\\.(\\w+)$`);
  for (const [key, value] of Object.entries(values)) {
    const match = pattern.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? {};
    row[match[2] ?? ""] = value;
    rows.set(index, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => Object.values(row).some((value) => value.trim() !== ""));
}
