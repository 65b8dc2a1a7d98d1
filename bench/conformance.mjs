// The contract battery: requests over every operation of the served OpenAPI document, sent through Prism's
// validating proxy (which reports what breaks the contract in an `sl-violations` header), plus checks Prism
// cannot make (a 304's headers, a 405's Allow, an error body's shape). Started by bench/conformance.sh.
// Usage: node bench/conformance.mjs PROXY_URL API_URL
// Prints one line per finding and the counts; exits 1 when an answer breaks the contract, an invalid request
// is accepted, a valid one is refused, or an operation was not exercised.
const [proxy, api] = process.argv.slice(2);
if (!proxy || !api) throw new Error("usage: node bench/conformance.mjs PROXY_URL API_URL");

const doc = await (await fetch(`${api}/swagger/v1/swagger.json`)).json();
const operations = new Map(); // "GET /treaties/{slug}" → { regex, used }
for (const [path, item] of Object.entries(doc.paths)) {
  for (const method of Object.keys(item)) {
    if (!["get", "head", "post", "put", "patch", "delete"].includes(method)) continue;
    const regex = new RegExp("^" + path.replace(/\{[^}]+\}/g, "[^/]+") + "$");
    operations.set(`${method.toUpperCase()} ${path}`,
      { method: method.toUpperCase(), regex, used: 0, responses: item[method].responses ?? {} });
  }
}

// Counted per answer (an answer with three violations is one broken answer); every finding is printed.
const counts = { requests: 0, broken: 0, invalidAccepted: 0, validRefused: 0, looser: 0 };
const findings = [];
let flagged = new Set();
function finding(kind, what, detail) {
  if (!flagged.has(kind)) counts[kind]++;
  flagged.add(kind);
  if (findings.length < 1000) findings.push(`${kind}: ${what}: ${detail}`);
}

/**
 * Sends one request through the proxy. `expect` is "valid" (the API must answer it: 2xx, 3xx, 304, or a 404 for
 * a resource that does not exist), "invalid" (it must be refused with 4xx) or "any".
 */
async function send(method, url, { headers = {}, body, expect = "valid", direct = false, note = "" } = {}) {
  // Prism parses the empty body of a HEAD answer as JSON and fails: HEAD goes straight to the API, and its status
  // is checked to be documented (and its headers against the GET's, in conditional()).
  if (method === "HEAD") direct = true;
  const base = direct ? api : proxy;
  const u = new URL(url, base);
  const ops = [...operations.values()].filter((op) => op.method === method && op.regex.test(u.pathname));
  for (const op of ops) op.used++;
  counts.requests++;
  flagged = new Set();
  const what = `${method} ${u.pathname}${u.search.length > 120 ? u.search.slice(0, 120) + "…" : u.search}${note ? ` (${note})` : ""}`;
  let res;
  try {
    res = await fetch(u, { method, headers, body, redirect: "manual" });
  } catch (e) {
    finding("broken", what, `no answer: ${e.cause?.code ?? e.message}`);
    return null;
  }
  const text = method === "HEAD" ? "" : await res.text();
  const violations = JSON.parse(res.headers.get("sl-violations") ?? "[]").filter((v) => v.severity === "Error");
  const requestViolations = violations.filter((v) => v.location[0] === "request");
  const responseViolations = violations.filter((v) => v.location[0] !== "request");
  for (const v of responseViolations) finding("broken", what, `${res.status} ${v.location.join(".")}: ${v.message}`);
  if (!direct && res.status >= 500 && text.includes("stoplight.io/prism/errors"))
    finding("broken", what, `Prism: ${text.slice(0, 300)}`);
  else if (res.status >= 500) finding("broken", what, `${res.status} ${text.slice(0, 200)}`);
  const refused = res.status >= 400 && res.status !== 404;
  if ((expect === "invalid" || requestViolations.length > 0) && !refused && res.status < 500) {
    const why = requestViolations.map((v) => `${v.location.join(".")}: ${v.message}`).join("; ") || "expected a 4xx";
    finding("invalidAccepted", what, `${res.status}; ${why}`);
  }
  // The API refuses what the contract allows: its schema is looser than the API (some rules, such as `to` not
  // before `from`, a forged cursor or an unknown parameter, have no OpenAPI form). Reported, not failed on.
  if (expect === "invalid" && refused && requestViolations.length === 0 && !direct && res.status !== 406)
    finding("looser", what, `${res.status} from the API; the contract allows the request`);
  if (expect === "valid" && requestViolations.length > 0)
    finding("validRefused", what, `the contract refuses a request the API must answer: ${requestViolations.map((v) => v.message).join("; ")}`);
  if (expect === "valid" && refused && res.status < 500)
    finding("validRefused", what, `${res.status} ${text.slice(0, 200)}`);
  // What Prism does not check: the shape of error bodies and a few headers.
  const type = res.headers.get("content-type") ?? "";
  if (res.status >= 400 && ![414, 431].includes(res.status) && method !== "HEAD") {
    if (!type.startsWith("application/problem+json")) finding("broken", what, `${res.status} as ${type || "no content type"}`);
    else {
      const p = JSON.parse(text);
      if (res.status === 400 && (typeof p.errors !== "object" || !p.errors || Object.keys(p.errors).length === 0))
        finding("broken", what, `400 without an errors map: ${text.slice(0, 200)}`);
      if (/Implicit body|Microsoft\.|System\.|   at /.test(text)) finding("broken", what, `framework text: ${text.slice(0, 200)}`);
    }
  }
  // Prism sees no request sent straight to the API: there, check at least that the status is documented.
  if (direct && ops.length > 0 && !ops.some((op) => op.responses[String(res.status)]))
    finding("broken", what, `${res.status} is not documented for this operation`);
  if (res.status === 308 && !res.headers.get("location")) finding("broken", what, "308 without Location");
  if (res.status === 405 && !res.headers.get("allow")) finding("broken", what, "405 without Allow");
  if (res.status === 304 && (type || text.length > 0)) finding("broken", what, `304 with Content-Type '${type}' and ${text.length} bytes`);
  return { status: res.status, headers: res.headers, text, json: type.includes("json") && text ? JSON.parse(text) : null };
}

/** Follows `next` to the end, checking that pages join up, and returns every item. */
async function walk(url, note) {
  const items = [];
  let pages = 0;
  for (let next = url; next; pages++) {
    const r = await send("GET", next.replace(/^https?:\/\/[^/]+/, ""), { note: `${note} page ${pages + 1}` });
    if (!r?.json) break;
    items.push(...r.json.items);
    next = r.json.next;
    if (next && !(r.headers.get("link") ?? "").includes("rel=\"next\"")) finding("broken", url, "next without a Link header");
    if (pages > 500) { finding("broken", url, "more than 500 pages"); break; }
  }
  return items;
}

/** A 200 and its revalidation: the 304 has no body or Content-Type, and the 200's ETag, Cache-Control and Vary. */
async function conditional(url, headers = {}) {
  const first = await send("GET", url, { headers, note: "for its ETag" });
  const etag = first?.headers.get("etag");
  if (!etag) { finding("broken", url, "no ETag on a 200"); return; }
  for (const [h, note] of [[{ "If-None-Match": etag }, "If-None-Match"], [{ "If-None-Match": `"x", ${etag}` }, "If-None-Match list"],
    [{ "If-None-Match": "*" }, "If-None-Match *"]]) {
    const r = await send("GET", url, { headers: { ...headers, ...h }, note });
    if (!r) continue;
    if (r.status !== 304) finding("broken", `GET ${url} (${note})`, `expected 304, got ${r.status}`);
    for (const name of ["etag", "cache-control", "vary"])
      if (r.headers.get(name) !== first.headers.get(name))
        finding("broken", `GET ${url} (${note})`, `304 ${name} '${r.headers.get(name)}' ≠ 200's '${first.headers.get(name)}'`);
  }
  await send("GET", url, { headers: { ...headers, "If-None-Match": "\"0000\"" }, note: "stale If-None-Match" });
  // Absolute links name the host the request was sent to: compare the HEAD with a GET sent the same way.
  const head = await send("HEAD", url, { headers, note: "HEAD" });
  const get = await send("GET", url, { headers, direct: true, note: "beside the HEAD" });
  for (const name of ["etag", "cache-control", "vary", "content-type", "content-length", "link"])
    if (head && get && head.headers.get(name) !== get.headers.get(name))
      finding("broken", `HEAD ${url}`, `${name} '${head.headers.get(name)}' ≠ the GET's '${get.headers.get(name)}'`);
}

const long = (n) => "a".repeat(n);
const csv = { Accept: "text/csv" };

// Discover what exists, through the proxy too.
const treaties = await walk("/treaties?limit=7", "treaties");
const slugs = treaties.map((t) => t.slug);
const actors = await walk("/actors?limit=5", "actors");
const documents = await walk("/documents?limit=3", "documents");
const statements = await walk("/statements?limit=13", "statements");
const speakers = [...new Set(statements.flatMap((s) => s.speakers.map((x) => x.slug)))];

// Treaties: every one, each sub-list walked to the end, as JSON and as CSV; aliases redirect.
for (const slug of slugs) {
  await send("GET", `/treaties/${slug}`);
  for (const kind of ["limits", "deadlines", "statements"]) {
    await walk(`/treaties/${slug}/${kind}?limit=2`, `${slug} ${kind}`);
    await send("GET", `/treaties/${slug}/${kind}`, { headers: csv, note: "CSV" });
  }
}
for (const t of treaties.filter((t) => t.catalogued).slice(0, 3)) {
  await send("GET", `/treaties/${encodeURIComponent(t.name)}`, { note: "alias → 308" });
  await send("GET", `/treaties/${encodeURIComponent(t.name)}/limits?limit=5`, { note: "alias → 308" });
}
await conditional("/treaties/new-start");
await conditional(`/treaties?limit=2&sort=-slug`);
await conditional("/treaties/new-start/statements", csv);
await send("GET", "/treaties/no-such-treaty", { note: "404" });
await send("GET", "/treaties/no-such-treaty/limits", { note: "404" });
for (const [q, note] of [["limit=0", "limit 0"], ["limit=201", "limit over max"], ["limit=abc", "limit not a number"],
  ["limit=1.5", "limit not whole"], ["sort=name", "unknown sort"], ["cursor=abc", "forged cursor"], ["speakr=x", "unknown parameter"],
  ["limit=5&limit=6", "repeated parameter"], ["limit=-1", "negative limit"]])
  await send("GET", `/treaties?${q}`, { expect: "invalid", note });
await send("GET", "/treaties/new-start/limits?limit=0", { expect: "invalid" });
await send("GET", "/treaties/new-start/deadlines?cursor=zzz", { expect: "invalid" });
await send("GET", `/treaties/${long(300)}`, { expect: "invalid", note: "slug too long" });
await send("GET", "/treaties?sort=slug&limit=200");

// Statements: filters, sorts, cursors to the end, CSV, bad values.
await walk("/statements?limit=50&sort=-date", "statements by date desc");
for (const speaker of speakers.slice(0, 6)) await walk(`/statements?speaker=${speaker}&limit=3`, `speaker ${speaker}`);
await walk("/statements?treaty=new-start&from=2010-01-01&to=2030-12-31&limit=4", "treaty + dates");
await send("GET", "/statements?speaker=Peskov&sort=date");
await send("GET", "/statements?speaker=nobody-at-all", { note: "empty page" });
await send("GET", "/statements", { headers: csv, note: "CSV" });
await send("GET", "/statements?speaker=Peskov", { headers: { Accept: "text/csv;q=0.9, application/json;q=0.5" }, note: "CSV by q" });
await conditional("/statements?speaker=Peskov&limit=2");
for (const [q, note] of [["from=2020-13-01", "bad month"], ["from=yesterday", "not a date"], ["to=2020-01-01&from=2021-01-01", "to before from"],
  ["sort=-score", "sort of another list"], ["limit=", "empty limit"], [`speaker=${long(300)}`, "speaker too long"], ["speaker=", "empty speaker"],
  ["from=2020-1-1", "short date"], ["limit=99999999999999999999", "overflowing limit"], ["cursor=", "empty cursor"]])
  await send("GET", `/statements?${q}`, { expect: "invalid", note });
for (const s of statements.slice(0, 15)) await send("GET", `/statements/${s.id}`);
await send("GET", "/statements/st_0000000000000000", { note: "404" });
await conditional(`/statements/${statements[0].id}`);

// CSV is the whole list: the same rows as the JSON pages joined, from one URL; a byte-order mark on request.
const records = (text) => { // RFC 4180 records (a quoted field may hold line breaks)
  let n = 0, quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\"") quoted = !quoted;
    else if (!quoted && text[i] === "\n") n++;
  }
  return n;
};
for (const [url, json] of [["/statements?format=csv", statements], ["/statements?speaker=Peskov&format=csv&bom=false", null],
  ["/treaties/new-start/statements?format=csv", null], ["/search?q=treaty&format=csv&limit=1", null]]) {
  const r = await send("GET", url, { note: "whole list as CSV" });
  const all = json ?? await walk(url.replace(/format=csv/, "format=json").replace("limit=1", "limit=2"), "JSON pages beside the CSV");
  if (r && records(r.text) !== all.length + 1)
    finding("broken", `GET ${url}`, `${records(r.text) - 1} CSV rows, ${all.length} items in the JSON pages`);
  if (r?.headers.get("link")) finding("broken", `GET ${url}`, "a CSV export with a Link header");
}
{
  const r = await send("GET", "/statements?format=csv&bom=true", { note: "CSV with a byte-order mark" });
  const bytes = new Uint8Array(await (await fetch(`${api}/statements?format=csv&bom=true`)).arrayBuffer());
  if (r && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) finding("broken", "bom=true", "no byte-order mark");
}
await send("GET", "/statements?format=xml", { expect: "invalid" });
await send("GET", "/statements?bom=yes&format=csv", { expect: "invalid" });
await send("GET", "/statements/x?format=csv", { expect: "invalid", note: "format where there is no CSV" });

// Documents and actors.
for (const d of documents.slice(0, 8)) await send("GET", `/documents/${d.id}`);
await send("GET", "/documents?sort=-id&limit=2");
await send("GET", "/documents/no-such-document", { note: "404" });
await send("GET", "/documents?sort=date", { expect: "invalid" });
await send("GET", "/documents?limit=300", { expect: "invalid" });
await conditional(`/documents/${documents[0].id}`);
for (const a of actors.slice(0, 15)) await send("GET", `/actors/${a.slug}`);
for (const kind of ["person", "state", "organization", "outlet"]) await walk(`/actors?kind=${kind}&limit=10`, `actors ${kind}`);
await send("GET", "/actors?kind=robot", { expect: "invalid" });
await send("GET", "/actors?sort=-slug&limit=1");
await send("GET", "/actors/no-such-actor", { note: "404" });
await conditional("/actors/dmitry-peskov");

// Search.
for (const q of ["missile defense", "1,550", "New START", "Peskov", "warheads", "inspections", "\"quoted\" NEAR(x)", "zzzqqq"])
  await walk(`/search?q=${encodeURIComponent(q)}&limit=2`, `search ${q}`);
for (const kind of ["statement", "limit", "deadline", "document"]) await send("GET", `/search?q=treaty&kind=${kind}`);
await send("GET", "/search?q=treaty&sort=-date&from=2010-01-01&to=2030-01-01");
await send("GET", "/search?q=treaty&treaty=new-start&speaker=Peskov");
await send("GET", "/search?q=treaty", { headers: csv, note: "CSV" });
await conditional("/search?q=warheads&limit=2");
for (const [q, note] of [["", "no q"], ["q=", "empty q"], [`q=${long(501)}`, "q too long"], ["q=a&kind=event", "unknown kind"],
  ["q=a&sort=slug", "unknown sort"], ["q=a&from=2020-02-30", "impossible date"], ["q=a&limit=0", "limit 0"]])
  await send("GET", `/search?${q}`, { expect: "invalid", note });

// Claims, GET and POST with bodies of every shape.
const claims = ["New START limits each side to 1,550 deployed warheads", "New START limits each side to 1,600 deployed warheads",
  "Peskov said the treaty is dead", "New START expires in February 2026", "The moon is made of cheese",
  "\"We will comply,\" Lavrov said", "Russia and the United States must reduce to 700 delivery vehicles by 2018"];
for (const claim of claims) {
  await send("GET", `/claims/check?claim=${encodeURIComponent(claim)}`);
  await send("POST", "/claims/check", { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ claim }) });
}
await conditional(`/claims/check?claim=${encodeURIComponent(claims[0])}`);
await send("GET", "/claims/check", { expect: "invalid", note: "no claim" });
await send("GET", `/claims/check?claim=${long(2001)}`, { expect: "invalid", note: "claim too long" });
await send("GET", `/claims/check?claim=${long(2000)}`, { note: "claim of 2,000 characters" });
// Prism answers a body that is not JSON itself (400, its own format): those go straight to the API.
const notJson = (body) => { try { JSON.parse(body); return false; } catch { return true; } };
const post = (body, note, expect = "invalid", type = "application/json") =>
  send("POST", "/claims/check", { headers: type ? { "Content-Type": type } : {}, body, expect, note,
    direct: type === "application/json" && notJson(body) });
await post(JSON.stringify({ claim: "New START allows 1,550 warheads", extra: 1 }), "extra property");
await post(JSON.stringify({}), "missing claim");
await post(JSON.stringify({ claim: null }), "null claim");
await post(JSON.stringify({ claim: 42 }), "claim a number");
await post(JSON.stringify({ claim: ["a"] }), "claim an array");
await post(JSON.stringify({ claim: "" }), "empty claim");
await post(JSON.stringify({ claim: long(2001) }), "claim too long");
await post(JSON.stringify({ claim: long(2000) }), "claim of 2,000 characters", "valid");
await post(JSON.stringify({ claim: "a\u0001b" }), "control character");
await post(JSON.stringify({ claim: " \n\t " }), "blank claim");
await send("GET", "/claims/check?claim=%20%20", { expect: "invalid", note: "blank claim" });
await post("{\"claim\": ", "malformed JSON");
await post("{claim: 'x'}", "not JSON");
await post("", "empty body");
await post("[]", "an array");
await post("null", "null");
await post("\"a sentence\"", "a string");
await post(JSON.stringify({ claim: "New START" }), "as text/plain", "invalid", "text/plain");
await post(JSON.stringify({ claim: "New START" }), "no content type", "invalid", null);
await send("POST", "/claims/check?claim=x", { headers: { "Content-Type": "application/json" }, body: JSON.stringify({ claim: "x" }),
  expect: "invalid", note: "query parameter on POST" });

// Extract: text/plain and JSON, and bodies of every shape.
const article = "Moscow Halts Treaty Inspections\n\nAugust 8, 2022\n\n\"This is a temporary measure,\" Lavrov said on Monday. " +
  "Under New START each side may deploy 1,550 warheads by 2018.";
const extract = (body, note, expect = "valid", type = "application/json") =>
  send("POST", "/extract", { headers: type ? { "Content-Type": type } : {}, body, expect, note,
    direct: type === "application/json" && notJson(body) });
await extract(article, "text/plain", "valid", "text/plain");
await extract(article, "text/plain; charset=utf-8", "valid", "text/plain; charset=utf-8");
await extract(JSON.stringify({ text: article }), "JSON text only");
await extract(JSON.stringify({ text: article, published: "2022-08-08", title: "Halted" }), "JSON full");
await extract(JSON.stringify({ text: article, published: null, title: null }), "JSON with nulls");
await extract(JSON.stringify({ text: article, extra: true }), "extra property", "invalid");
await extract(JSON.stringify({ published: "2022-08-08" }), "missing text", "invalid");
await extract(JSON.stringify({ text: 5 }), "text a number", "invalid");
await extract(JSON.stringify({ text: article, published: "8 August 2022" }), "bad date", "invalid");
await extract(JSON.stringify({ text: article, title: long(1001) }), "title too long", "invalid");
await extract(JSON.stringify({ text: "   " }), "blank text", "invalid");
await extract(JSON.stringify({ text: "Lavrov said\u0000 yes." }), "NUL in text", "invalid");
await extract(" \n ", "blank text/plain", "invalid", "text/plain");
await extract("{\"text\": ", "malformed JSON", "invalid");
await extract("", "empty JSON body", "invalid");
await extract("", "empty text body", "invalid", "text/plain");
await extract("[1]", "an array", "invalid");
await extract(long(300 * 1024), "too long", "invalid", "text/plain");
await extract("<p>hi</p>", "text/html", "invalid", "text/html");

// Health.
for (const path of ["/health", "/health/live", "/health/ready"]) {
  await send("GET", path);
  await send("HEAD", path, { note: "HEAD" });
  await send("GET", `${path}?x=1`, { expect: "invalid", note: "unknown parameter" });
}

// Every GET operation: HEAD, an Accept it cannot serve (406), an over-long request line (414), oversized headers (431).
for (const op of operations.values()) {
  if (op.method !== "GET") continue;
  const [, path] = [...operations.entries()].find(([, o]) => o === op)[0].split(" ");
  const url = path.replace("{slug}", "new-start").replace("{id}", path.startsWith("/documents") ? documents[0].id : statements[0].id) +
    (path === "/search" ? "?q=treaty" : path === "/claims/check" ? "?claim=New%20START" : "");
  await send("HEAD", url, { note: "HEAD" });
  await send("GET", url, { headers: { Accept: "image/png" }, expect: "invalid", note: "406" });
  // Straight to the API: Node's HTTP server in Prism answers oversized headers itself. Checked below to be documented.
  await send("GET", url + (url.includes("?") ? "&" : "?") + "pad=" + long(9000), { expect: "invalid", direct: true, note: "414" });
  await send("GET", url, { headers: { "X-Big": long(40000) }, expect: "invalid", direct: true, note: "431" });
}

// Methods an operation does not have: a 405 with Allow, straight to the API (Prism answers unknown methods itself).
for (const [method, path] of [["PUT", "/treaties"], ["DELETE", "/treaties/new-start"], ["POST", "/statements"], ["PATCH", "/health"],
  ["DELETE", "/claims/check"]])
  await send(method, path, { expect: "invalid", direct: true, note: "405" });

const unused = [...operations.entries()].filter(([, o]) => o.used === 0).map(([k]) => k);
for (const f of findings) console.log(f);
for (const k of unused) console.log(`not exercised: ${k}`);
console.log(`conformance: ${counts.requests} requests over ${operations.size} operations; ` +
  `${counts.broken} answers break the contract, ${counts.invalidAccepted} invalid requests accepted, ` +
  `${counts.validRefused} valid requests refused, ${unused.length} operations not exercised ` +
  `(and ${counts.looser} requests the API refuses but the contract allows)`);
process.exit(counts.broken + counts.invalidAccepted + counts.validRefused + unused.length > 0 ? 1 : 0);
