// Claim check: a sentence in, the verdict in words and colour, each aspect's explanation, the figure the
// sources give instead, and every piece of evidence in its paragraph with the exact words highlighted.
import { getJson } from "./api.js";
import { aborted, errorText, h, note, sourceBlock } from "./dom.js";
import { go, href } from "./router.js";

/** @typedef {import("./api.js").S} S */

/** What each verdict means, in words (the colour only repeats it). */
const meaning = /** @type {Record<string, string>} */ ({
  supported: "The sources say this.",
  contradicted: "The sources say otherwise.",
  unverifiable: "The sources say nothing that bears on this.",
});
const symbol = /** @type {Record<string, string>} */ ({ supported: "✓", contradicted: "✗", unverifiable: "?" });

/** @param {HTMLElement} main @param {import("./router.js").Route} route @param {AbortSignal} signal */
export async function claimView(main, route, signal) {
  const claim = route.params.get("c") ?? "";
  document.title = claim ? `Claim: ${claim.slice(0, 60)} — TreatyApi` : "Check a claim — TreatyApi";
  const box = h("textarea", { id: "claim", name: "claim", rows: 3, required: true,
    placeholder: "New START limits each side to 1,550 deployed warheads" });
  box.value = claim;
  const form = h("form", { class: "ask" },
    h("label", { for: "claim" }, "A sentence about an arms-control treaty, as it would be printed"),
    box, h("button", { type: "submit" }, "Check"));
  const result = h("section", { "aria-label": "Result", "aria-live": "polite" });
  main.append(h("h1", { tabindex: -1 }, "Check a claim"), form, result);
  // Enter checks, Shift+Enter makes a new line: the sentence is one line, the box only wraps it.
  box.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    performance.clearMarks();
    performance.clearMeasures();
    performance.mark("claim-submitted");
    go(href("claim", { c: box.value }));
  });
  if (!claim) {
    result.append(note("empty", "Type a sentence and press Check. The answer says whether the sources support it, " +
      "contradict it (and what they say instead), or say nothing about it."));
    return;
  }
  result.append(note("loading", "Checking the claim against the sources…"));
  /** @type {S["ClaimCheck"]} */
  let check;
  try {
    check = await getJson("/claims/check", { body: { claim }, signal });
  } catch (e) {
    if (!aborted(e)) result.replaceChildren(note("error", errorText(e)));
    return;
  }
  result.replaceChildren(...answer(check));
  // After Check, the keyboard continues from the verdict, not from the top of the view.
  if (performance.getEntriesByName("claim-submitted").length > 0) result.querySelector("h2")?.focus();
  // The verdict is on screen at the next frame: that is when the person sees it.
  requestAnimationFrame(() => {
    if (performance.getEntriesByName("claim-submitted").length === 0) return;
    performance.mark("claim-verdict-visible");
    performance.measure("claim-to-verdict", "claim-submitted", "claim-verdict-visible");
  });
}

/** @param {S["ClaimCheck"]} check */
function answer(check) {
  const parsed = check.parsed;
  const read = [
    parsed.treaty && `treaty: ${parsed.treaty}`,
    parsed.quantity && `figure: ${parsed.quantity.text}`,
    parsed.date && `date: ${parsed.date.text}`,
    parsed.speaker && `speaker: ${parsed.speaker.name}`,
    parsed.quotation && `quotation: “${parsed.quotation}”`,
  ].filter(Boolean).join("; ");
  return [
    h("h2", { class: `verdict verdict-${check.verdict}`, id: "verdict", tabindex: -1 },
      h("span", { class: "symbol", "aria-hidden": "true" }, symbol[check.verdict] ?? ""),
      " ", h("span", { class: "word" }, check.verdict), " — ", meaning[check.verdict] ?? ""),
    h("p", { class: "small" },
      `The checker read: ${read || "nothing it can check (no treaty, figure, date or quotation)"}.`),
    h("p", { class: "explanation" }, check.explanation),
    ...check.aspects.map(aspect),
  ];
}

/** @param {S["ClaimAspect"]} f */
function aspect(f) {
  const shown = f.evidence.length < f.evidenceCount ? ` (the first ${f.evidence.length} of ${f.evidenceCount})` : "";
  return h("article", { class: "finding" },
    h("h3", {}, `The ${f.kind.replace("-", " ")} (“${f.text}”): `,
      h("span", { class: `badge verdict-${f.verdict}` }, f.verdict)),
    h("p", {}, f.explanation),
    f.expected ? h("p", { class: "expected" }, "The sources give: ", h("strong", {}, f.expected)) : null,
    f.evidence.length ? h("h4", {}, `Evidence${shown}`) : null,
    f.evidence.length ? h("ol", { class: "evidence" }, f.evidence.map((e) =>
      h("li", {}, h("p", { class: "summary" }, `${e.kind}: ${e.summary}`), sourceBlock(e.source)))) : null);
}
