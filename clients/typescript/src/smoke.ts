// Uses the client generated from openapi.yaml against a running API: a treaty, a filtered page of
// statements, and the `next` links to the end. Any mismatch with the contract fails to compile or throws.
import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

const baseUrl = process.env.TREATYAPI_URL ?? "http://127.0.0.1:5080";
const client = createClient<paths>({ baseUrl });

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Lists also answer text/csv; this client asks for JSON, so a string here is a contract break. */
function json<T>(data: T | string | undefined, what: string): T {
  check(data !== undefined && typeof data !== "string", `${what}: no JSON body`);
  return data;
}

const treaty = await client.GET("/treaties/{slug}", { params: { path: { slug: "new-start" } } });
check(treaty.data, `GET /treaties/new-start: ${treaty.response.status}`);
check(treaty.response.headers.get("etag"), "no ETag on the treaty");
const limits = treaty.data.limits.map((l) => `${l.value} ${l.unit}`);
check(limits.length > 0, "the treaty has no limits");
for (const l of treaty.data.limits) {
  // A limit from the treaty's text cites an article, not a span of a stored document.
  if (l.source.kind !== "document") continue;
  const { quote, start, end } = l.source;
  check(quote != null && start != null && end != null && quote.length === end - start,
    `limit ${l.id}: quote does not span start..end`);
}

const speaker = "Peskov";
const ids: string[] = [];
let cursor: string | undefined;
let pages = 0;
for (;;) {
  const page = await client.GET("/statements", { params: { query: { speaker, limit: "1", cursor } } });
  const body = json(page.data, `GET /statements: ${page.response.status}`);
  pages++;
  for (const s of body.items) {
    check(s.speakers.some((x) => x.slug === "dmitry-peskov"), `statement ${s.id} is not Peskov's`);
    ids.push(s.id);
  }
  const next = body.next;
  if (!next) break;
  check(page.response.headers.get("link")?.includes(next), "the Link header does not carry next");
  cursor = new URL(next).searchParams.get("cursor") ?? undefined;
  check(cursor, "next has no cursor");
  check(pages < 100, "too many pages");
}
check(ids.length > 1 && new Set(ids).size === ids.length, `pages gave ${ids.length} statements`);

const bad = await client.GET("/statements", { params: { query: { limit: "0" } } });
const problem = bad.error as { errors?: Record<string, string[]> } | undefined;
check(bad.response.status === 400 && problem?.errors?.["limit"], "limit=0 is not a 400 naming limit");

console.log(`typescript client: ${treaty.data.name} (${limits.join(", ")}); ${ids.length} statements of ${speaker} in ${pages} pages`);
