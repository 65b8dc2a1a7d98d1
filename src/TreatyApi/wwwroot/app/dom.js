// Building the page: elements from data, never from markup. Every string here (what a person typed, what the
// API answered) becomes a text node, so `<script>` typed into a box is shown, not run.
import { ApiError, documentById, getText } from "./api.js";

/** @typedef {import("./api.js").AnySource} AnySource */
/** @typedef {string | Node | null | undefined | false} Child */

/**
 * An element with attributes and children; strings become text nodes.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return el;
}

/**
 * Replaces an element's children, skipping the absent ones (as h does).
 * @param {Element} el @param {...(Child | Child[])} children
 */
export function replace(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
}

/** A message saying what is happening: kind is loading, empty or error. @param {string} kind @param {string} text */
export function note(kind, text) {
  return h("p", { class: `note note-${kind}`, role: kind === "error" ? "alert" : "status" }, text);
}

/** What a person reads for a failed call. @param {unknown} e */
export function errorText(e) {
  if (e instanceof ApiError) return e.message;
  return `Something went wrong in this page: ${e instanceof Error ? e.message : String(e)}`;
}

/** True when a fetch was cancelled because the person moved on to another view. @param {unknown} e */
export function aborted(e) {
  return e instanceof DOMException && e.name === "AbortError";
}

/**
 * `text` with the given stretches wrapped in <mark> (UTF-16 offsets, as the API gives them).
 * @param {string} text
 * @param {{start: number, end: number}[]} spans
 */
export function marked(text, spans) {
  /** @type {(string | Node)[]} */
  const parts = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    parts.push(text.slice(at, s.start), h("mark", {}, text.slice(s.start, s.end)));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts;
}

/** What kind of source a fact comes from, in words. @param {AnySource} s */
export function sourceKind(s) {
  switch (s.kind ?? "document") {
    case "treaty-text": return "Treaty text";
    case "reference": return "Reference page";
    default: return "News report";
  }
}

/** The link that opens a source's span in the document reader, or to the treaty text. @param {AnySource} s */
export function sourceLink(s) {
  if (s.documentId) {
    const href = `#/document/${encodeURIComponent(s.documentId)}?start=${s.start}&end=${s.end}`;
    return h("a", { href }, "Read it in the document");
  }
  if (s.url) return h("a", { href: s.url, rel: "noopener noreferrer" }, "Open the source");
  return null;
}

/**
 * A fact's source: its kind, the words (in their paragraph, the span highlighted, for a document), a link to
 * them, and the citation with a copy button.
 * @param {AnySource} s
 */
export function sourceBlock(s) {
  const where = s.article ? ` — Article ${s.article}${s.paragraph ? `, paragraph ${s.paragraph}` : ""}` : "";
  const quote = h("blockquote", { class: "quote" }, s.quote ? h("mark", {}, s.quote) : null);
  if (s.documentId && typeof s.start === "number" && typeof s.end === "number") {
    void inParagraph(quote, s.documentId, s.start, s.end);
  }
  const unchecked = s.checked === false
    ? h("p", { class: "small" }, "Not yet checked against the text it cites.") : null;
  return h("div", { class: "source" },
    h("p", { class: "source-kind" }, h("span", { class: `kind kind-${s.kind ?? "document"}` }, sourceKind(s)), where),
    s.quote ? quote : null, unchecked,
    h("p", { class: "links" }, sourceLink(s)),
    citation(s.citation));
}

/**
 * Replaces the bare quote with its paragraph from the document, the quote highlighted.
 * @param {HTMLElement} target @param {string} id @param {number} start @param {number} end
 */
async function inParagraph(target, id, start, end) {
  try {
    const doc = await documentById(id);
    const text = doc.text;
    let from = text.lastIndexOf("\n", start - 1) + 1;
    let to = text.indexOf("\n", end);
    if (to < 0) to = text.length;
    // A paragraph can be a whole article in a badly scraped page: keep a few sentences' worth around the span.
    if (start - from > 400) from = text.lastIndexOf(" ", start - 300) + 1;
    if (to - end > 400) to = text.indexOf(" ", end + 300);
    const before = (from > 0 && text[from - 1] !== "\n" ? "…" : "") + text.slice(from, start);
    const after = text.slice(end, to) + (to < text.length && text[to] !== "\n" ? "…" : "");
    target.replaceChildren(before, h("mark", {}, text.slice(start, end)), after);
  } catch {
    // The quote alone is still the exact words; the paragraph is context.
  }
}

/** A ready-to-paste citation and a button that copies it. @param {string} text */
export function citation(text) {
  const status = h("span", { class: "small", role: "status" });
  const button = h("button", { type: "button", class: "copy" }, "Copy citation");
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = "Copied.";
    } catch {
      status.textContent = "This browser did not allow copying; select the citation text instead.";
    }
  });
  return h("p", { class: "citation" }, h("cite", {}, text), " ", button, " ", status);
}

/**
 * A link that downloads a list as CSV: a plain link cannot send `Accept: text/csv`, so the click fetches it and
 * saves the answer under `name`.
 * @param {string} path @param {string} name @param {string} label
 */
export function csvLink(path, name, label) {
  const status = h("span", { class: "small", role: "status" });
  const link = h("a", { href: path, download: name, class: "csv" }, label);
  link.addEventListener("click", async (event) => {
    event.preventDefault();
    status.textContent = "Downloading…";
    try {
      const text = await getText(path, "text/csv");
      const url = URL.createObjectURL(new Blob([text], { type: "text/csv" }));
      const save = h("a", { href: url, download: name });
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      status.textContent = "";
    } catch (e) {
      status.textContent = errorText(e);
    }
  });
  return h("span", { class: "csv-link" }, link, " ", status);
}
