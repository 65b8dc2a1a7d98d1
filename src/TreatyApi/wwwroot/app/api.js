// Calls to the API (same origin), and what a person reads when one fails: the status, what it means,
// and the API's own problem `detail` and per-parameter `errors`.

/** @typedef {import("treatyapi-schema").components["schemas"]} S */
/**
 * A fact's source. Today every source is a span of a stored document; sources of kind treaty-text and reference
 * (CATALOG-CONTRACT.md) add these fields and leave the document's ones null.
 * @typedef {S["Source"] & {kind?: string | null, article?: string | null, paragraph?: string | null,
 *   checked?: boolean | null}} AnySource
 */
/** @typedef {{status?: number, title?: string, detail?: string, errors?: Record<string, string[]>}} Problem */

export class ApiError extends Error {
  /**
   * @param {number} status 0 when the API did not answer at all
   * @param {string} message what a person reads
   * @param {Problem | null} problem
   */
  constructor(status, message, problem) {
    super(message);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * A GET or POST of JSON; throws ApiError with a readable message for anything but a 2xx.
 * @param {string} path a path on this origin, or an absolute `next` URL from the API
 * @param {{signal?: AbortSignal, body?: unknown}} [options]
 * @returns {Promise<any>}
 */
export async function getJson(path, options = {}) {
  const init = /** @type {RequestInit} */ ({ headers: { Accept: "application/json" }, signal: options.signal });
  if (options.body !== undefined) {
    init.method = "POST";
    init.headers = { Accept: "application/json", "Content-Type": "application/json" };
    init.body = JSON.stringify(options.body);
  }
  const response = await send(local(path), init);
  if (!response.ok) throw await failure(response);
  return response.json();
}

/**
 * The body as text in another media type (CSV); same errors as getJson.
 * @param {string} path
 * @param {string} accept
 */
export async function getText(path, accept) {
  const response = await send(local(path), { headers: { Accept: accept } });
  if (!response.ok) throw await failure(response);
  return response.text();
}

/** @param {string} url @param {RequestInit} init */
async function send(url, init) {
  try {
    return await fetch(url, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    const message = "The API did not answer (the network request failed). Check the connection and try again.";
    throw new ApiError(0, message, null);
  }
}

/** `next` links are absolute; the page only ever talks to its own origin. @param {string} path */
export function local(path) {
  const url = new URL(path, location.origin);
  return url.pathname + url.search;
}

/** @param {Response} response */
async function failure(response) {
  /** @type {Problem | null} */
  let problem = null;
  if ((response.headers.get("Content-Type") ?? "").includes("json")) {
    try { problem = await response.json(); } catch { problem = null; }
  }
  const status = response.status;
  let message = `The API answered ${status}`;
  if (problem?.title) message += ` (${problem.title})`;
  message += ".";
  if (problem?.detail) message += ` ${problem.detail}`;
  if (problem?.errors) {
    for (const [name, errors] of Object.entries(problem.errors)) message += ` ${name}: ${errors.join(" ")}`;
  }
  const retry = response.headers.get("Retry-After");
  if (status === 429 || status === 503) message += retry ? ` Try again in ${retry} s.` : " Try again shortly.";
  return new ApiError(status, message, problem);
}

/** @type {Map<string, Promise<S["DocumentDetail"]>>} */
const documents = new Map();

/** A document's full text and facts, fetched once per page load. @param {string} id */
export function documentById(id) {
  let found = documents.get(id);
  if (!found) {
    found = getJson(`/documents/${encodeURIComponent(id)}`);
    found.catch(() => documents.delete(id));
    documents.set(id, found);
  }
  return found;
}
