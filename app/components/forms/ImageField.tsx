import { IMAGE_TYPES } from "~/modules/images/image-policy";
import { CheckboxField, TextField } from "./FormFields";

/**
 * A picture upload in a multipart form: the current picture, the file input (named `image`; the
 * server checks the bytes, modules/images) and, when there is a picture, the box that removes it
 * (`removeImage`). An empty file input keeps the picture.
 */
export function ImageField({
  current,
  label,
  hint,
  error,
  removeLabel,
  className,
}: {
  /** The picture now, with a text that says what it is (not the picture's description). */
  current: { src: string; alt: string } | null;
  label: string;
  hint: string;
  error: string | undefined;
  removeLabel: string;
  /** The class of the current picture's element. */
  className: string;
}) {
  return (
    <>
      {current ? <img className={className} src={current.src} alt={current.alt} /> : null}
      <TextField name="image" label={label} type="file" accept={IMAGE_TYPES.join(",")} error={error} hint={hint} />
      {current ? <CheckboxField name="removeImage" label={removeLabel} /> : null}
    </>
  );
}
