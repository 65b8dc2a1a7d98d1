// Where the page is: the view and its query live in the URL's hash (#/search?q=…), so every view can be
// shared as a link and the back button works.

/** @typedef {{view: string, arg: string, params: URLSearchParams}} Route */

/** @param {string} hash @returns {Route} */
export function parse(hash) {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const [view = "", ...rest] = path.split("/");
  return { view: view || "claim", arg: decodeURIComponent(rest.join("/")), params: new URLSearchParams(query) };
}

/**
 * The hash for a view and its query; empty values are left out.
 * @param {string} path @param {Record<string, string>} [query]
 */
export function href(path, query = {}) {
  const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ""));
  const q = params.toString();
  return `#/${path}${q ? `?${q}` : ""}`;
}

/** Goes to a view; when the URL is that one already (the same search again), renders it again. @param {string} hash */
export function go(hash) {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent("hashchange"));
  else location.hash = hash;
}
