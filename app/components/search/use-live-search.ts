import { useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, type ChangeEvent, type FormEvent } from "react";
import type { Language } from "~/modules/i18n/languages";

export const SEARCH_FORM_ID = "offer-search";
const TYPING_DELAY_MS = 300;

/** The form's fields as URL parameters: empty ones and the default sort left out, back to page 1. */
function paramsOf(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== "string" || value.trim() === "") continue;
    if (name === "sort" && value === "relevance") continue;
    params.append(name, value);
  }
  return params;
}

/**
 * Puts every control back to what the URL says, after back/forward or a chip link. The control
 * being typed in is left alone, so a slow answer never overwrites newer keystrokes.
 */
function syncControls(form: HTMLFormElement, queryString: string) {
  const params = new URLSearchParams(queryString);
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement) || !element.name) continue;
    if (element instanceof HTMLInputElement && element.type === "checkbox") {
      element.checked = params.getAll(element.name).includes(element.value);
    } else if (element !== document.activeElement) {
      element.value = params.get(element.name) ?? (element.name === "sort" ? "relevance" : "");
    }
  }
}

/**
 * Submits as you type and as filters change, when JavaScript runs: typing replaces the history
 * entry (back does not step through every letter), a filter change adds one. Without JavaScript
 * the search button submits the same GET form.
 */
export function useLiveSearch(language: Language, queryString: string, hasText: boolean) {
  const submit = useSubmit();
  const navigation = useNavigation();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const form = () => document.getElementById(SEARCH_FORM_ID) as HTMLFormElement | null;

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    const element = form();
    if (element && navigation.state === "idle") syncControls(element, queryString);
  }, [queryString, navigation.state]);

  const send = (replace: boolean) => {
    const element = form();
    if (!element) return;
    submit(paramsOf(element), { method: "get", action: `/${language}/offers`, replace, preventScrollReset: true });
  };
  return {
    onChange(event: ChangeEvent<HTMLFormElement | HTMLInputElement | HTMLSelectElement>) {
      const target = event.target as HTMLInputElement;
      clearTimeout(timer.current);
      if (["search", "date", "number"].includes(target.type)) {
        const replace = target.type === "search" && hasText;
        timer.current = setTimeout(() => send(replace), TYPING_DELAY_MS);
      } else send(false);
    },
    onSubmit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      clearTimeout(timer.current);
      send(false);
    },
  };
}
