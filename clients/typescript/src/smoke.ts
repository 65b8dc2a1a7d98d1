// Uses the client generated from openapi.yaml against a running API: a treaty, a filtered page of
// statements, and the `next` links to the end, claim verdicts switched on exhaustively. Any mismatch with the
// contract fails to compile or throws.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

const baseUrl = process.env.TREATYAPI_URL ?? "http://127.0.0.1:5080";
// JSON and problem+json answers only: lists also answer text/csv, which this client never asks for.
const client = createClient<paths, `application/${string}json`>({ baseUrl });

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

type Verdict = components["schemas"]["ClaimCheck"]["verdict"];

/** An exhaustive switch: a verdict the contract adds fails to compile here (never). */
function describe(verdict: Verdict): string {
  switch (verdict) {
    case "supported":
      return "the sources say so";
    case "contradicted":
      return "the sources say otherwise";
    case "unverifiable":
      return "the sources say nothing that bears on it";
    default: {
      const unknown: never = verdict;
      throw new Error(`verdict outside the contract: ${String(unknown)}`);
    }
  }
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
  const page = await client.GET("/statements", { params: { query: { speaker, limit: 1, cursor } } });
  const body = page.data;
  check(body, `GET /statements: ${page.response.status}`);
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

const twenty = await client.GET("/statements", { params: { query: { limit: 20, sort: "-date" } } });
check(twenty.data && twenty.data.items.length <= 20, `GET /statements?limit=20: ${twenty.response.status}`);
for (const s of twenty.data.items) check(s.date === null || typeof s.date.date === "string", `statement ${s.id}: date`);

// limit is a number from 1 to 200 in the contract; 0 gets a typed 400 problem naming it.
const bad = await client.GET("/statements", { params: { query: { limit: 0 } } });
const problem = bad.error;
check(bad.response.status === 400 && problem && "errors" in problem && problem.errors["limit"], "limit=0 is not a 400 naming limit");

const verdicts: string[] = [];
for (const claim of ["New START limits each side to 1,550 deployed warheads", "New START limits each side to 1,600 deployed warheads",
  "The moon is made of cheese"]) {
  const checked = await client.POST("/claims/check", { body: { claim } });
  check(checked.data, `POST /claims/check: ${checked.response.status}`);
  verdicts.push(`${checked.data.verdict} (${describe(checked.data.verdict)})`);
  const q = checked.data.parsed.quantity;
  if (q !== null) check(typeof q.value === "number", "parsed quantity without a value");
}
check(verdicts.length === 3, "claims");

console.log(`typescript client: ${treaty.data.name} (${limits.join(", ")}); ${ids.length} statements of ${speaker} in ${pages} pages; ` +
  `claims: ${verdicts.join("; ")}`);
