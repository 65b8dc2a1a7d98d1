// The page: each change of the URL's hash renders its view afresh and cancels the last view's fetches.
import { h } from "./dom.js";
import { claimView } from "./claim.js";
import { searchView } from "./search.js";
import { treatyView, treatiesView } from "./treaty.js";
import { documentView } from "./document.js";
import { parse } from "./router.js";

/** @typedef {import("./router.js").Route} Route */
/** @typedef {(main: HTMLElement, route: Route, signal: AbortSignal) => Promise<void> | void} View */

/** @type {Record<string, View>} */
const views = {
  claim: claimView,
  search: searchView,
  treaties: treatiesView,
  treaty: treatyView,
  document: documentView,
};

/** @type {AbortController | null} */
let current = null;
let first = true;

async function render() {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const route = parse(location.hash);
  const view = views[route.view];
  const main = /** @type {HTMLElement} */ (document.getElementById("main"));
  main.replaceChildren();
  for (const link of document.querySelectorAll("nav a")) {
    const active = link.getAttribute("href") === `#/${route.view}`;
    if (active) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (!view) {
    document.title = "Not found: TreatyApi";
    main.append(h("h1", { tabindex: -1 }, "No such view"),
      h("p", { class: "note note-error", role: "alert" }, `This page has no view called "${route.view}".`),
      h("p", {}, h("a", { href: "#/claim" }, "Check a claim")));
  } else {
    const rendered = view(main, route, controller.signal);
    // Focus the new view's heading, so keyboard and screen reader users start there (not on a first load).
    if (!first) main.querySelector("h1")?.focus({ preventScroll: false });
    first = false;
    await rendered;
  }
}

window.addEventListener("hashchange", () => void render());
void render();
