/**
 * Markdown written by staff and organisers (event descriptions, articles, newsletter text) becomes
 * HTML here, and only here. Two layers, because either alone has failed elsewhere:
 * markdown-it runs with raw HTML switched off (a `<script>` in the text comes out as text), and
 * sanitize-html then keeps only the tags and attributes our styles know, whatever markdown-it made.
 */
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "h2",
    "h3",
    "h4",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "rel", "target"], th: ["align"], td: ["align"] },
  allowedSchemes: ["https", "http", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  // Headings in user text start at h2: the page's own title is the only h1.
  transformTags: {
    h1: "h2",
    a: (tagName, attribs) => {
      const href = attribs.href ?? "";
      const rel: Record<string, string> = isExternal(href) ? { rel: "noopener noreferrer nofollow" } : {};
      return { tagName, attribs: { href, ...rel } };
    },
  },
};

function isExternal(href: string | undefined): boolean {
  return typeof href === "string" && /^https?:\/\//i.test(href);
}

/** Safe HTML for `dangerouslySetInnerHTML`; empty input gives an empty string. */
export function renderMarkdown(source: string | null | undefined): string {
  if (!source?.trim()) return "";
  return sanitizeHtml(markdown.render(source), ALLOWED);
}

/** Plain text of a Markdown source, for meta descriptions, feeds and plain-text mail parts. */
export function markdownToPlainText(source: string | null | undefined): string {
  const html = renderMarkdown(source);
  const text = sanitizeHtml(html.replace(/<\/(p|li|h[2-4]|blockquote|tr)>/g, "\n"), {
    allowedTags: [],
    allowedAttributes: {},
  });
  return text
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
