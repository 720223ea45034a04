import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown } from "./render-markdown.server";

describe("renderMarkdown", () => {
  it("renders the Markdown people write: emphasis, lists and links", () => {
    const html = renderMarkdown("**Ciné-club** am *Freitag*\n\n- Eintritt frei\n- [Programm](https://example.org/p)");
    expect(html).toContain("<strong>Ciné-club</strong>");
    expect(html).toContain("<em>Freitag</em>");
    expect(html).toContain("<li>Eintritt frei</li>");
    expect(html).toContain('<a href="https://example.org/p" rel="noopener noreferrer nofollow">Programm</a>');
  });

  it("shows raw HTML as text instead of running it", () => {
    const html = renderMarkdown('Hallo <script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("makes no link of javascript: and data: targets", () => {
    const html = renderMarkdown("[klick](javascript:alert(1)) [bild](data:text/html;base64,PHNjcmlwdD4=)");
    expect(html).not.toContain("<a");
    expect(html).toContain("klick");
  });

  it("turns a level-one heading into h2 so the page keeps one h1", () => {
    expect(renderMarkdown("# Titre")).toBe("<h2>Titre</h2>\n");
  });

  it("gives an empty string for empty input", () => {
    expect(renderMarkdown("  ")).toBe("");
    expect(renderMarkdown(null)).toBe("");
  });
});

describe("markdownToPlainText", () => {
  it("keeps the words and paragraph breaks, without markup", () => {
    expect(markdownToPlainText("**Soirée** & *Kino*\n\nZweiter Absatz")).toBe("Soirée & Kino\n\nZweiter Absatz");
  });
});
