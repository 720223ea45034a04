import { Fragment } from "react";
import type { Highlighted } from "~/modules/search/search-index";

/** Text with the words a search matched in <mark>; built from segments, never from HTML. */
export function HighlightedText({ parts }: { parts: Highlighted }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}
