// The document reader: the full text as stored, every fact's span highlighted by kind. Hovering or focusing a
// highlight shows the fact; a link with ?start=&end= (from any evidence) lands on that span and focuses it.
import { documentById } from "./api.js";
import { aborted, errorText, h, note } from "./dom.js";

/** @typedef {import("./api.js").S} S */
/** @typedef {S["DocumentHighlight"]} Highlight */

const kinds = ["treaty", "limit", "deadline", "statement", "attribution", "outlet", "event"];

/** @param {HTMLElement} main @param {import("./router.js").Route} route @param {AbortSignal} signal */
export async function documentView(main, route, signal) {
  const id = route.arg;
  document.title = `${id} — TreatyApi`;
  const heading = h("h1", { tabindex: -1 }, `Document ${id}`);
  const body = h("div", {}, note("loading", "Loading the document…"));
  main.append(heading, body);
  /** @type {S["DocumentDetail"]} */
  let doc;
  try {
    doc = await documentById(id);
  } catch (e) {
    if (!aborted(e)) body.replaceChildren(note("error", errorText(e)));
    return;
  }
  if (signal.aborted) return;
  document.title = `${doc.title} — TreatyApi`;
  heading.textContent = doc.title;
  const start = Number(route.params.get("start"));
  const end = Number(route.params.get("end"));
  const target = route.params.has("start") && end > start ? { start, end } : null;
  const panel = h("p", { class: "fact-panel", id: "fact-panel", role: "status" },
    "Point at or tab to a highlight to see its fact.");
  const text = h("div", { class: "doc-text" }, segments(doc, target));
  text.addEventListener("focusin", (e) => show(panel, e.target));
  text.addEventListener("mouseover", (e) => show(panel, e.target));
  body.replaceChildren(
    h("p", { class: "small" }, [doc.publisher, doc.published].filter(Boolean).join(", "),
      doc.url ? [" · ", h("a", { href: doc.url, rel: "noopener noreferrer" }, "the original")] : null),
    h("ul", { class: "legend", "aria-label": "Highlight colours" },
      kinds.map((k) => h("li", {}, h("mark", { class: `hl hl-${k}` }, k)))),
    text, panel);
  const landed = text.querySelector("mark.target");
  if (landed instanceof HTMLElement) {
    landed.scrollIntoView({ block: "center" });
    landed.focus({ preventScroll: true });
  }
}

/** @param {HTMLElement} panel @param {EventTarget | null} target */
function show(panel, target) {
  if (target instanceof HTMLElement && target.dataset.fact) panel.textContent = target.dataset.fact;
}

/**
 * The text cut at every highlight's edges; each piece inside a highlight is a focusable <mark> of its innermost
 * (shortest) highlight's kind, describing every fact that covers it. Overlaps are common: a statement and its
 * attribution, an event that spans a paragraph.
 * @param {S["DocumentDetail"]} doc @param {{start: number, end: number} | null} target
 */
function segments(doc, target) {
  const text = doc.text;
  const facts = describe(doc);
  const cuts = new Set([0, text.length]);
  for (const x of doc.highlights) { cuts.add(x.start); cuts.add(x.end); }
  if (target) { cuts.add(target.start); cuts.add(target.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  /** @type {(string | Node)[]} */
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = /** @type {number} */ (points[i]);
    const to = /** @type {number} */ (points[i + 1]);
    const piece = text.slice(from, to);
    const over = doc.highlights.filter((x) => x.start <= from && x.end >= to);
    const inTarget = target !== null && target.start <= from && target.end >= to;
    if (over.length === 0 && !inTarget) { out.push(piece); continue; }
    // Innermost (shortest) first: its kind colours the piece and its fact is named first.
    over.sort((a, b) => (a.end - a.start) - (b.end - b.start));
    const inner = over[0];
    const fact = over.map((x) => facts.get(`${x.kind}:${x.factId}`) ?? `${x.kind} ${x.factId}`).join(" | ");
    out.push(h("mark", {
      class: `hl hl-${inner?.kind ?? "target"}${inTarget ? " target" : ""}`,
      tabindex: 0,
      "data-fact": fact || "The words the link points at.",
      title: fact || null,
    }, piece));
  }
  return out;
}

/** Each fact in words, by "kind:factId" as the highlights name them. @param {S["DocumentDetail"]} doc */
function describe(doc) {
  /** @type {Map<string, string>} */
  const m = new Map();
  for (const t of doc.treaties) m.set(`treaty:${t.treaty}`, `Treaty: ${t.treaty}`);
  for (const l of doc.limits) {
    m.set(`limit:${l.id}`, `Limit: ${l.value.toLocaleString("en-US")} ${l.unit} (${l.counted})` +
      `${l.deadline ? `, by ${l.deadline.date}` : ""}${l.treaty ? `, ${l.treaty}` : ""}`);
  }
  for (const d of doc.deadlines) {
    // A deadline relative to an event nothing dates ("90 days after notice") has no date, only its offset.
    const due = d.date ? d.date.date : `${d.relative?.offset} after ${d.relative?.relativeTo}`;
    m.set(`deadline:${d.id}`, `Deadline ${due} (${d.kind}): ${d.action}`);
  }
  for (const s of doc.statements) {
    const who = s.speakers.map((x) => x.name).join(", ") || "unknown speaker";
    const when = s.date ? ` on ${s.date.date}` : "";
    m.set(`statement:${s.id}`, `Statement by ${who}${when}`);
    m.set(`attribution:${s.id}`, `Attribution: the words that name ${who} as the speaker`);
    if (s.source.attributedTo) m.set(`outlet:${s.id}`, `Outlet: reported by ${s.source.attributedTo.name}`);
  }
  for (const e of doc.events) {
    const who = e.participants.map((x) => x.name).join(", ");
    const where = e.place ? ` in ${e.place}` : "";
    m.set(`event:${e.id}`, `Event: ${e.kind} on ${e.date.date}${where}${who ? ` (${who})` : ""}`);
  }
  return m;
}
