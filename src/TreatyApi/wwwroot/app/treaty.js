// A treaty: name, status and why; parties with each state's status; the timeline; limits from the treaty text
// and as reported; deadlines and statements; CSV downloads. Parties and the timeline come from endpoints agreed in
// CATALOG-CONTRACT.md; an API without them answers 404, and the view says so and shows the catalog's key dates.
import { ApiError, getJson, local } from "./api.js";
import { aborted, csvLink, errorText, h, note, replace, sourceBlock, sourceLink } from "./dom.js";
import { href } from "./router.js";

/** @typedef {import("./api.js").S} S */
/** @typedef {import("./api.js").AnySource} AnySource */
/**
 * Shapes of CATALOG-CONTRACT.md, until openapi.yaml has them.
 * @typedef {{kind: string, date: string, effective?: string | null, source: AnySource}} StateAction
 * @typedef {{state: string, name: string, status: string, since?: string | null, actions: StateAction[]}} PartyItem
 * @typedef {{count: number, asOf?: string | null, source?: AnySource | null}} PartyCount
 * @typedef {{treaty: string, name: string, on: string, partyCount?: PartyCount | null, items: PartyItem[]}} Parties
 * @typedef {{date: {date: string}, kind: string, what: string, state?: string | null, summary: string,
 *   factId?: string | null, source: AnySource}} TimelineItem
 * @typedef {{treaty: string, items: TimelineItem[], next?: string | null}} Timeline
 * @typedef {S["Limit"] & {disagreesWith?: string[] | null}} AnyLimit
 */

/** @param {HTMLElement} main @param {import("./router.js").Route} _route @param {AbortSignal} signal */
export async function treatiesView(main, _route, signal) {
  document.title = "Treaties — TreatyApi";
  const body = h("section", { "aria-label": "Treaties" }, note("loading", "Loading the treaties…"));
  main.append(h("h1", { tabindex: -1 }, "Treaties"), body);
  try {
    /** @type {S["TreatyPage"]} */
    const page = await getJson("/treaties?limit=200", { signal });
    body.replaceChildren(h("ul", { class: "treaties" }, page.items.map((t) => h("li", {},
      h("a", { href: href(`treaty/${encodeURIComponent(t.slug)}`) }, t.name), " ",
      h("span", { class: `badge status-${t.status}` }, t.status),
      t.fullName ? h("span", { class: "small block" }, t.fullName) : null))));
  } catch (e) {
    if (!aborted(e)) body.replaceChildren(note("error", errorText(e)));
  }
}

/** @param {HTMLElement} main @param {import("./router.js").Route} route @param {AbortSignal} signal */
export async function treatyView(main, route, signal) {
  const slug = route.arg;
  document.title = `${slug} — TreatyApi`;
  const heading = h("h1", { tabindex: -1 }, slug);
  const body = h("div", {}, note("loading", "Loading the treaty…"));
  main.append(heading, body);
  /** @type {S["TreatyDetail"]} */
  let t;
  try {
    t = await getJson(`/treaties/${encodeURIComponent(slug)}`, { signal });
  } catch (e) {
    if (!aborted(e)) body.replaceChildren(note("error", errorText(e)));
    return;
  }
  // An alias ("New START") answers with the canonical treaty: show its canonical URL.
  if (t.slug !== slug) history.replaceState(null, "", href(`treaty/${encodeURIComponent(t.slug)}`));
  document.title = `${t.name} — TreatyApi`;
  heading.textContent = t.name;
  const parties = h("section", { "aria-labelledby": "parties" }, h("h2", { id: "parties" }, "Parties"),
    note("loading", "Loading the parties…"));
  const timeline = h("section", { "aria-labelledby": "timeline" }, h("h2", { id: "timeline" }, "Timeline"),
    note("loading", "Loading the timeline…"));
  replace(body,
    t.fullName ? h("p", { class: "lead" }, t.fullName) : null,
    h("p", { class: "status" }, "Status: ", h("span", { class: `badge status-${t.status}` }, t.status),
      ` — ${t.statusBasis}.`),
    parties, timeline, limitsSection(t), deadlinesSection(t), statementsSection(t));
  await Promise.all([fillParties(parties, t, signal), fillTimeline(timeline, t, signal)]);
}

/** @param {HTMLElement} section @param {S["TreatyDetail"]} t @param {AbortSignal} signal */
async function fillParties(section, t, signal) {
  /** @type {Parties} */
  let p;
  try {
    p = await getJson(`/treaties/${encodeURIComponent(t.slug)}/parties`, { signal });
  } catch (e) {
    if (aborted(e)) return;
    // Today `parties` lists the original parties; with the parties endpoint it becomes a summary (CATALOG-CONTRACT.md).
    const listed = /** @type {unknown} */ (t.parties);
    const named = Array.isArray(listed) ? listed.map((a) => String(a?.name ?? "")).join(", ") : "";
    replace(section, section.children[0], missing(e, "each state's status"),
      named ? h("p", {}, `Parties named in the catalog: ${named}.`) : null);
    return;
  }
  const count = p.partyCount
    ? h("p", {}, `${p.partyCount.count} states are parties${p.partyCount.asOf ? ` (as of ${p.partyCount.asOf})` : ""}.`)
    : null;
  replace(section, section.children[0], h("p", { class: "small" }, `On ${p.on}.`), count,
    p.items.length === 0 ? note("empty", "No state's actions are recorded for this treaty.") :
      h("ul", { class: "parties" }, p.items.map((s) => h("li", {},
        h("strong", {}, s.name), " ", h("span", { class: `badge party-${s.status}` }, s.status),
        s.since ? ` since ${s.since}` : "",
        h("ul", { class: "actions" }, s.actions.map((a) => h("li", {},
          `${a.kind} ${a.date}${a.effective ? ` (effective ${a.effective})` : ""} `, sourceLink(a.source))))))));
}

/** @param {HTMLElement} section @param {S["TreatyDetail"]} t @param {AbortSignal} signal */
async function fillTimeline(section, t, signal) {
  const list = h("ol", { class: "timeline" });
  /** @type {string | null | undefined} */
  let next = `/treaties/${encodeURIComponent(t.slug)}/timeline`;
  try {
    // A treaty's timeline is short (dates, actions, deadlines): read every page.
    for (let pages = 0; next && pages < 20; pages++) {
      /** @type {Timeline} */
      const page = await getJson(local(next), { signal });
      list.append(...page.items.map((i) => h("li", {},
        h("span", { class: "date" }, i.date.date), " ", i.summary, " ", sourceLink(i.source))));
      next = page.next;
    }
  } catch (e) {
    if (aborted(e)) return;
    replace(section, section.children[0], missing(e, "the timeline"),
      h("h3", {}, "Key dates from the catalog"),
      h("ol", { class: "timeline" }, t.dates.map((d) => h("li", {},
        h("span", { class: "date" }, d.date), ` ${d.kind}${d.place ? ` in ${d.place}` : ""} `,
        h("a", { href: d.citation.url, rel: "noopener noreferrer" }, d.citation.title)))));
    return;
  }
  replace(section, section.children[0],
    list.children.length ? list : note("empty", "No dated events are recorded for this treaty."));
}

/**
 * Says why a part of the treaty is missing: an API without the endpoint answers 404.
 * @param {unknown} e @param {string} what
 */
function missing(e, what) {
  if (e instanceof ApiError && e.status === 404) {
    return note("empty", `This API does not serve ${what} yet (it answered 404: ${e.problem?.detail ?? "not found"}).`);
  }
  return note("error", errorText(e));
}

/** @param {S["TreatyDetail"]} t */
function limitsSection(t) {
  const limits = /** @type {AnyLimit[]} */ (t.limits);
  // The catalog's limits (the treaty text, or an official page that states them) above what documents report.
  const text = limits.filter((l) => /** @type {AnySource} */ (l.source).kind !== "document");
  const reported = limits.filter((l) => /** @type {AnySource} */ (l.source).kind === "document");
  /** @param {AnyLimit} l */
  const item = (l) => h("li", {},
    h("p", { class: "fact" }, h("strong", {}, `${l.value.toLocaleString("en-US")} ${l.unit}`), ` — ${l.counted}`,
      l.deadline ? `, by ${l.deadline.date}` : "", l.eachParty ? " (each party)" : ""),
    l.disagreesWith?.length ? h("p", { class: "badge verdict-contradicted" }, "Differs from the treaty's limit") : null,
    sourceBlock(l.source));
  return h("section", { "aria-labelledby": "limits" }, h("h2", { id: "limits" }, "Limits"),
    h("p", { class: "links" }, csvLink(t.links.limits, `${t.slug}-limits.csv`, `All ${t.counts.limits} limits (CSV)`)),
    h("h3", {}, "In the treaty (its text or an official page)"),
    text.length ? h("ul", { class: "facts" }, text.map(item))
      : note("empty", "No limit from the treaty text or an official page is recorded."),
    h("h3", {}, "As reported"),
    reported.length ? h("ul", { class: "facts" }, reported.map(item)) : note("empty", "No reported limit was found."));
}

/**
 * A deadline's date, or for one relative to an event nothing dates ("90 days after notice"), its offset and event.
 * @param {S["Deadline"]} d
 */
function due(d) {
  return d.date ? d.date.date : `${d.relative?.offset} after ${d.relative?.relativeTo}`;
}

/** @param {S["TreatyDetail"]} t */
function deadlinesSection(t) {
  return h("section", { "aria-labelledby": "deadlines" }, h("h2", { id: "deadlines" }, "Deadlines"),
    h("p", { class: "links" },
      csvLink(t.links.deadlines, `${t.slug}-deadlines.csv`, `All ${t.counts.deadlines} deadlines (CSV)`)),
    t.deadlines.length ? h("ul", { class: "facts" }, t.deadlines.map((d) => h("li", {},
      h("p", { class: "fact" }, h("strong", {}, due(d)), ` ${d.kind}: ${d.action}`), sourceBlock(d.source))))
      : note("empty", "No deadline was found."));
}

/** @param {S["TreatyDetail"]} t */
function statementsSection(t) {
  return h("section", { "aria-labelledby": "statements" }, h("h2", { id: "statements" }, "Statements"),
    h("p", { class: "links" },
      csvLink(t.links.statements, `${t.slug}-statements.csv`, `All ${t.counts.statements} statements (CSV)`)),
    t.statements.length ? h("ul", { class: "facts" }, t.statements.map((s) => h("li", {},
      h("p", { class: "fact" }, h("strong", {}, s.speakers.map((x) => x.name).join(", ") || "Unknown speaker"),
        s.date ? ` (${s.date.date})` : "", ": “", s.text, "”"),
      h("p", { class: "links" }, sourceLink(s.source))))) : note("empty", "No statement was found."));
}
