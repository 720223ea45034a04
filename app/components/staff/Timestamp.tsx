import type { ShownDate } from "~/modules/i18n/date-format";

export function Timestamp({ value }: { value: ShownDate }) {
  return <time dateTime={value.iso}>{value.text}</time>;
}
