import type { Highlighted } from "~/modules/search/search-index";

/** Markers an engine wraps matched words in; control characters never appear in offer titles. */
export const MARK_START = "\u0001";
export const MARK_END = "\u0002";

/** "Praktikum \u0001Mechatronik\u0002" → [{ text: "Praktikum ", match: false }, { text: "Mechatronik", match: true }]. */
export function parseHighlight(marked: string): Highlighted {
  const segments: Highlighted = [];
  let match = false;
  let text = "";
  const push = () => {
    if (text !== "") segments.push({ text, match });
    text = "";
  };
  for (const character of marked) {
    if (character === MARK_START || character === MARK_END) {
      push();
      match = character === MARK_START;
    } else {
      text += character;
    }
  }
  push();
  return segments;
}
