import { describedBy, FieldMessages } from "./FormFields";

/**
 * A group of checkboxes or radio buttons in a fieldset whose legend is the question. The group's
 * error and hint belong to the fieldset; the first input carries the group's name as its id, so
 * an error summary link lands on it.
 */
interface ChoiceGroupProps {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
  error?: string;
  hint?: string;
  type: "checkbox" | "radio";
  inline?: boolean;
}

export function ChoiceGroup({ name, legend, options, selected, error, hint, type, inline }: ChoiceGroupProps) {
  return (
    <fieldset
      className={`field choice-group${inline ? " choice-group--inline" : ""}${error ? " field--invalid" : ""}`}
      aria-describedby={describedBy(name, error, hint)}
    >
      <legend>{legend}</legend>
      <FieldMessages name={name} error={error} hint={hint} />
      <div className="choice-group__options">
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${option.value}`;
          return (
            <div className="choice" key={option.value}>
              <input
                id={id}
                type={type}
                name={name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                aria-invalid={error ? true : undefined}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
