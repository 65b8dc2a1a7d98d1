// Search: words and filters (kind, treaty, speaker, dates) in the URL; hits with their kind, speaker, date and
// a snippet with the matched words highlighted; "More results" follows the API's `next` link.
import { getJson, local } from "./api.js";
import { aborted, csvLink, errorText, h, marked, note, sourceLink } from "./dom.js";
import { go, href } from "./router.js";

/** @typedef {import("./api.js").S} S */

const fields = ["q", "kind", "treaty", "speaker", "from", "to", "limit"];

/** @param {HTMLElement} main @param {import("./router.js").Route} route @param {AbortSignal} signal */
export async function searchView(main, route, signal) {
  /** @type {Record<string, string>} */
  const query = {};
  for (const f of fields) query[f] = route.params.get(f) ?? "";
  document.title = query.q ? `Search: ${query.q} — TreatyApi` : "Search — TreatyApi";
  const form = searchForm(query);
  const results = h("section", { "aria-label": "Results" });
  main.append(h("h1", { tabindex: -1 }, "Search statements, limits, deadlines and documents"), form, results);
  if (!query.q) {
    results.append(note("empty", "Type some words and press Search. Every word must match; punctuation is ignored."));
    return;
  }
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ""));
  const path = `/search?${params}`;
  results.append(note("loading", "Searching…"));
  /** @type {S["SearchPage"]} */
  let page;
  try {
    page = await getJson(path, { signal });
  } catch (e) {
    if (!aborted(e)) results.replaceChildren(note("error", errorText(e)));
    return;
  }
  if (page.items.length === 0) {
    results.replaceChildren(note("empty", `Nothing matches “${query.q}” with these filters.`));
    return;
  }
  const list = h("ol", { class: "hits" });
  const status = h("p", { class: "small", role: "status" });
  results.replaceChildren(h("p", { class: "links" }, csvLink(path, "search.csv", "Download these results (CSV)")),
    list, status);
  append(list, page.items, signal);
  more(results, list, status, page.next, signal);
}

/** @param {Record<string, string>} query */
function searchForm(query) {
  /** @param {string} name @param {string} label @param {Record<string, string | number | boolean>} [attrs] */
  const input = (name, label, attrs = {}) => h("p", { class: "field" },
    h("label", { for: `f-${name}` }, label),
    h("input", { id: `f-${name}`, name, value: query[name], ...attrs }));
  const kind = h("select", { id: "f-kind", name: "kind" },
    ["", "statement", "limit", "deadline", "document"].map((k) =>
      h("option", { value: k, selected: k === query.kind }, k || "any kind")));
  const form = h("form", { class: "ask search" },
    input("q", "Words", { type: "search", required: true, placeholder: "missile defense" }),
    h("p", { class: "field" }, h("label", { for: "f-kind" }, "Kind"), kind),
    input("treaty", "Treaty (name or slug)", { placeholder: "New START" }),
    input("speaker", "Speaker (name or slug)", { placeholder: "Peskov" }),
    input("from", "From", { type: "date" }),
    input("to", "To", { type: "date" }),
    h("p", { class: "field submit" }, h("button", { type: "submit" }, "Search")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    /** @type {Record<string, string>} */
    const next = {};
    for (const f of fields) next[f] = String(data.get(f) ?? query[f] ?? "").trim();
    go(href("search", next));
  });
  return form;
}

/**
 * "More results" while the API gives a `next` link; the new hits are appended and the first of them focused.
 * @param {HTMLElement} results @param {HTMLElement} list @param {HTMLElement} status
 * @param {string | null | undefined} next @param {AbortSignal} signal
 */
function more(results, list, status, next, signal) {
  results.querySelector("button.more")?.remove();
  if (!next) {
    status.textContent = `${list.children.length} results; that is all.`;
    return;
  }
  status.textContent = `${list.children.length} results so far.`;
  const button = h("button", { type: "button", class: "more" }, "More results");
  button.addEventListener("click", async () => {
    button.disabled = true;
    status.textContent = "Loading more results…";
    try {
      /** @type {S["SearchPage"]} */
      const page = await getJson(local(next), { signal });
      const first = append(list, page.items, signal);
      more(results, list, status, page.next, signal);
      first?.querySelector("a")?.focus();
    } catch (e) {
      if (aborted(e)) return;
      button.disabled = false;
      status.textContent = errorText(e);
    }
  });
  results.append(button);
}

/** @param {HTMLElement} list @param {S["SearchHit"][]} hits @param {AbortSignal} signal */
function append(list, hits, signal) {
  const items = hits.map((hit) => hitItem(hit, signal));
  list.append(...items);
  return items[0];
}

/** @param {S["SearchHit"]} hit @param {AbortSignal} signal */
function hitItem(hit, signal) {
  const s = hit.source;
  const who = h("span", { class: "who" });
  const title = hit.kind === "document"
    ? h("a", { href: href(`document/${encodeURIComponent(hit.id)}`) }, s.title)
    : sourceLink(s);
  const item = h("li", { class: "hit" },
    h("p", { class: "meta" }, h("span", { class: `kind kind-${hit.kind}` }, hit.kind), " ", who,
      ` ${s.publisher ?? ""} ${s.published ?? ""}`.trimEnd()),
    h("p", { class: "snippet" }, marked(hit.snippet, hit.highlights)),
    h("p", { class: "links" }, title));
  // A search hit does not carry its speakers (the API's SearchHit has no such field): a statement's own resource does.
  if (hit.kind === "statement") void speakers(who, hit.url, signal);
  return item;
}

/** @param {HTMLElement} who @param {string} url @param {AbortSignal} signal */
async function speakers(who, url, signal) {
  try {
    /** @type {S["Statement"]} */
    const st = await getJson(url, { signal });
    const names = st.speakers.map((x) => x.name).join(", ");
    who.textContent = `${names || "unknown speaker"}${st.date ? `, ${st.date.date}` : ""} ·`;
  } catch {
    who.textContent = "";
  }
}
