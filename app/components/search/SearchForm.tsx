/**
 * The search form's controls: the search box, the sort select and the filters, all of one GET
 * form (SEARCH_FORM_ID) that works without JavaScript; useLiveSearch submits it as you type.
 */
import { Form } from "@remix-run/react";
import { useEffect, useRef, type ChangeEvent, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";
import type { SearchPageData } from "~/modules/search/search-page.server";
import { RADII_KM } from "~/modules/search/search-request";
import { SEARCH_FORM_ID } from "./use-live-search";

/** From this width the filters sit beside the results and start open. */
const WIDE_SCREEN = "(min-width: 60rem)";

type Options = SearchPageData["options"];

/** The search box: its own row above filters and results, submitting the form below. */
export function SearchBox({
  text,
  onChange,
}: {
  text: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="search-box" role="search">
      <label htmlFor="search-text">{t("search:form.text")}</label>
      <p className="field__hint" id="search-text-hint">
        {t("search:form.textHint")}
      </p>
      <div className="search-box__row">
        <input
          id="search-text"
          type="search"
          name="q"
          form={SEARCH_FORM_ID}
          defaultValue={text}
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby="search-text-hint"
          onChange={onChange}
        />
        <button type="submit" form={SEARCH_FORM_ID} className="button">
          {t("search:form.submit")}
        </button>
      </div>
    </div>
  );
}

/** The sort select, shown above the results but part of the search form. */
export function SortSelect({
  sort,
  hasPlace,
  onChange,
}: {
  sort: string;
  hasPlace: boolean;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="search-sort">
      <label htmlFor="search-sort">{t("search:form.sort")}</label>
      <select id="search-sort" name="sort" form={SEARCH_FORM_ID} defaultValue={sort} onChange={onChange}>
        <option value="relevance">{t("search:sort.relevance")}</option>
        <option value="newest">{t("search:sort.newest")}</option>
        <option value="start">{t("search:sort.start")}</option>
        {/* Distance needs a place; without one it would only earn a notice. */}
        {hasPlace ? <option value="distance">{t("search:sort.distance")}</option> : null}
      </select>
    </div>
  );
}

function CheckboxGroup({
  legend,
  name,
  options,
  selected,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string; count: number }[];
  selected: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="search-filter">
      <legend>{legend}</legend>
      <ul className="search-filter__options">
        {options.map((option) => {
          const id = `filter-${name}-${option.value}`;
          return (
            <li key={option.value} className="field field--checkbox">
              <input
                type="checkbox"
                id={id}
                name={name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
              />
              <label htmlFor={id}>{t("search:form.withCount", { label: option.label, count: option.count })}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * The filters: folded on small screens, beside the results on wide ones. Each option shows how many offers it would give with the other filters as they are.
 */
export function SearchFilters({
  language,
  search,
  options,
  activeCount,
  onChange,
  onSubmit,
}: {
  language: Language;
  search: SearchPageData["search"];
  options: Options;
  activeCount: number;
  onChange: (event: ChangeEvent<HTMLFormElement>) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const { t } = useTranslation();
  // Folded by default, so results come first on a phone (the chips show what is set); wide
  // screens open it once. React never sets `open` again: it must not fold the panel under a user.
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current && window.matchMedia(WIDE_SCREEN).matches) details.current.open = true;
  }, []);

  return (
    <Form
      id={SEARCH_FORM_ID}
      method="get"
      action={`/${language}/offers`}
      className="search-form"
      onChange={onChange}
      onSubmit={onSubmit}
      aria-label={t("search:form.label")}
    >
      <details className="search-filters" ref={details}>
        <summary>
          {t("search:form.filters")}
          {activeCount > 0 ? ` (${t("search:form.activeCount", { count: activeCount })})` : null}
        </summary>
        <div className="search-filters__body">
          <CheckboxGroup
            legend={t("search:form.fields")}
            name="fields"
            options={options.fields}
            selected={search.fields}
          />
          <CheckboxGroup
            legend={t("search:form.countries")}
            name="country"
            options={options.countries.map((option) => ({
              ...option,
              label: t(`reference:country.${option.value}`),
            }))}
            selected={search.countries}
          />
          <fieldset className="search-filter">
            <legend>{t("search:form.where")}</legend>
            <div className="field">
              <label htmlFor="filter-place">{t("search:form.place")}</label>
              <select id="filter-place" name="place" defaultValue={search.place ?? ""}>
                <option value="">{t("search:form.anyPlace")}</option>
                {options.places.map((group) => (
                  <optgroup key={group.country} label={t(`reference:country.${group.country}`)}>
                    {group.options.map((place) => (
                      <option key={place.value} value={place.value}>
                        {place.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="filter-radius">{t("search:form.radius")}</label>
              <select id="filter-radius" name="radius" defaultValue={search.radiusKm ?? ""}>
                <option value="">{t("search:form.anyDistance")}</option>
                {RADII_KM.map((km) => (
                  <option key={km} value={km}>
                    {t("search:form.radiusKm", { km })}
                  </option>
                ))}
              </select>
            </div>
          </fieldset>
          <fieldset className="search-filter">
            <legend>{t("search:form.when")}</legend>
            <div className="field">
              <label htmlFor="filter-from">{t("search:form.from")}</label>
              <input type="date" id="filter-from" name="from" defaultValue={search.availableFrom ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="filter-to">{t("search:form.to")}</label>
              <input type="date" id="filter-to" name="to" defaultValue={search.availableTo ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="filter-weeks">{t("search:form.weeks")}</label>
              <input
                type="number"
                id="filter-weeks"
                name="weeks"
                min={1}
                max={52}
                inputMode="numeric"
                defaultValue={search.weeks ?? ""}
              />
            </div>
          </fieldset>
          <div className="field search-filter">
            <label htmlFor="filter-level">{t("search:form.level")}</label>
            <p className="field__hint" id="filter-level-hint">
              {t("search:form.levelHint")}
            </p>
            <select
              id="filter-level"
              name="level"
              defaultValue={search.level ?? ""}
              aria-describedby="filter-level-hint"
            >
              <option value="">{t("search:form.anyLevel")}</option>
              {options.levels.map((level) => (
                <option key={level.value} value={level.value}>
                  {t("search:form.withCount", {
                    label: t("search:form.levelOption", {
                      level: level.value,
                      name: t(`offers:cefr.${level.value}`),
                    }),
                    count: level.count,
                  })}
                </option>
              ))}
            </select>
          </div>
          <CheckboxGroup
            legend={t("search:form.accommodation")}
            name="accommodation"
            options={options.accommodation.map((option) => ({
              ...option,
              label: t(`offers:accommodation.${option.value}`),
            }))}
            selected={search.accommodation}
          />
          <div className="field search-filter">
            <label htmlFor="filter-minors">{t("search:form.minors")}</label>
            <select
              id="filter-minors"
              name="minors"
              defaultValue={search.minorsWelcome === null ? "" : search.minorsWelcome ? "yes" : "no"}
            >
              <option value="">{t("search:form.minorsAny")}</option>
              <option value="yes">
                {t("search:form.withCount", { label: t("search:form.minorsYes"), count: options.minors.yes })}
              </option>
              <option value="no">
                {t("search:form.withCount", { label: t("search:form.minorsNo"), count: options.minors.no })}
              </option>
            </select>
          </div>
          <button type="submit" className="button search-filters__apply">
            {t("search:form.apply")}
          </button>
        </div>
      </details>
    </Form>
  );
}
