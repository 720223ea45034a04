import type { ShownDate } from "~/modules/staff/dates";

export function Timestamp({ value }: { value: ShownDate }) {
  return <time dateTime={value.iso}>{value.text}</time>;
}
