import { useTranslation } from "react-i18next";

/** Options of a select in one group per country, with the country's name as the group label. */
export function GroupedOptions({
  groups,
}: {
  groups: { country: "DE" | "FR"; options: { value: string; label: string }[] }[];
}) {
  const { t } = useTranslation();
  return (
    <>
      {groups.map((group) => (
        <optgroup key={group.country} label={t(`reference:region.${group.country}`)}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
