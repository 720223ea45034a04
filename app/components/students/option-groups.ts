/** Options of a select in one group per side (schools, places), as the loaders send them. */
export interface OptionGroup {
  country: "DE" | "FR";
  options: { value: string; label: string }[];
}
