// The page at / in a real browser (Debian's Chromium via playwright-core) against a running API:
// node test/browser.mjs, with TREATYAPI_URL set (default http://127.0.0.1:5080). Screenshots go to bench/out/.
import { mkdirSync, readFileSync } from "node:fs";
import { api, axeViolations, check, launch, open, parseCsv, scrollsSideways, summary, test } from "./lib.mjs";

const outDir = new URL("../../../bench/out/", import.meta.url);
mkdirSync(outDir, { recursive: true });
// A false figure: the State Department's page on the treaty's Article II (no span) gives the figure instead.
const falseClaim = "New START limits each side to 1,600 deployed warheads";
// A false paraphrase: a news report's words (a span in a document) contradict it.
const spanClaim = "Peskov said the dialogue was confrontational";

// The evidence the API gives for the false paraphrase: the document reader's deep link is to its span.
const checked = await (await fetch(`${api}/claims/check?claim=${encodeURIComponent(spanClaim)}`)).json();
const evidence = checked.aspects.flatMap((f) => f.evidence).find((e) => e.source.documentId)?.source;
if (!evidence) throw new Error(`no document evidence for "${spanClaim}": ${JSON.stringify(checked).slice(0, 300)}`);

/** Each view at a URL of its own, and what shows that it has finished loading. */
const views = {
  claim: [`/#/claim?c=${encodeURIComponent(falseClaim)}`, "#verdict"],
  search: ["/#/search?q=warheads&limit=2", ".hits li"],
  treaties: ["/#/treaties", ".treaties li"],
  treaty: ["/#/treaty/new-start", "#limits"],
  document: [`/#/document/${evidence.documentId}?start=${evidence.start}&end=${evidence.end}`, "mark.target"],
};

/** Opens a view and waits until it and everything it loads in the background have arrived. */
async function show(page, name) {
  const [path, ready] = views[name];
  await page.goto(api + path);
  await page.waitForSelector(ready);
  await page.waitForFunction(() => document.querySelectorAll(".note-loading").length === 0);
}

const { browser, close } = await launch();
try {
  await test("a false claim shows contradicted, the sources' figure and the span highlighted in its paragraph",
    async () => {
    const { page, problems } = await open(browser);
    await page.goto(`${api}/`);
    await page.fill("#claim", falseClaim);
    await page.press("#claim", "Enter");
    await page.waitForSelector("#verdict");
    check((await page.textContent("#verdict .word")) === "contradicted", "verdict is not contradicted");
    check((await page.textContent(".expected strong"))?.includes("1,550"), "no expected figure 1,550");
    const kind = await page.textContent(".evidence .source-kind");
    check(kind?.includes("Reference page") && kind.includes("Article II"), `source kind is not a reference page on
      Article II: ${kind}`);
    // A contradicted paraphrase: its evidence is a paragraph of a report with the words highlighted in it.
    await page.fill("#claim", spanClaim);
    await page.press("#claim", "Enter");
    await page.waitForFunction(() => document.querySelector(".finding h3")?.textContent?.includes("paraphrase"));
    check((await page.textContent("#verdict .word")) === "contradicted", "paraphrase verdict is not contradicted");
    // The paragraph arrives from the document: the quote is then a highlight inside more text.
    await page.waitForFunction(() => {
      const q = document.querySelector(".evidence blockquote");
      return q && q.querySelector("mark") && q.textContent.length > q.querySelector("mark").textContent.length;
    });
    const mark = await page.textContent(".evidence blockquote mark");
    check(mark?.includes("not confrontational"), `highlight is "${mark}"`);
    check((await page.textContent(".evidence .source-kind"))?.includes("News report"), "no source kind");
    check(await page.isVisible("button.copy"), "no copy citation button");
    check(page.url().includes("#/claim?c="), "the URL does not hold the claim");
    check(problems.length === 0, `console: ${problems.join("; ")}`);
  });

  await test("time from submitting a claim to its verdict on screen (measured in the browser)", async () => {
    const { page } = await open(browser);
    await page.goto(`${api}/`);
    const times = [];
    const claims = [falseClaim, "New START limits each side to 1,550 deployed warheads",
      "New START limits each side to 800 deployed delivery vehicles", "The INF Treaty bans missiles on the Moon"];
    for (let i = 0; i < 12; i++) {
      await page.fill("#claim", `${claims[i % claims.length]}${i >= claims.length ? " ".repeat(i) : ""}`);
      await page.press("#claim", "Enter");
      await page.waitForFunction(() => performance.getEntriesByName("claim-to-verdict").length > 0);
      times.push(await page.evaluate(() => performance.getEntriesByName("claim-to-verdict")[0].duration));
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(`  claim → verdict visible: median ${median.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, ` +
      `max ${times.at(-1).toFixed(1)} ms over ${times.length} submissions (POST /claims/check, not cached)`);
    check(median < 2000, "median over 2 s");
  });

  await test("search shows hits with highlights, and More adds the next page", async () => {
    const { page, problems } = await open(browser);
    await show(page, "search");
    check((await page.locator(".hits > li").count()) === 2, "first page is not 2 hits");
    check((await page.locator(".snippet mark").count()) > 0, "no highlighted words");
    const first = await page.locator(".hits > li").allTextContents();
    await page.click("button.more");
    await page.waitForFunction(() => document.querySelectorAll(".hits > li").length > 2);
    const all = await page.locator(".hits > li").allTextContents();
    check(all.slice(0, 2).join() === first.join(), "the first page changed");
    check(new Set(all).size === all.length, "More repeated a hit");
    check(await page.evaluate(() => document.activeElement?.closest(".hits > li") !== null),
      "focus did not move to the new hits");
    await page.goto(`${api}/#/search?q=missile&kind=statement`);
    await page.waitForFunction(() => [...document.querySelectorAll(".who")].some((w) => w.textContent.includes(",")));
    check(problems.length === 0, `console: ${problems.join("; ")}`);
  });

  await test("the treaty view shows name, status, parties and timeline", async () => {
    const { page } = await open(browser);
    await show(page, "treaty");
    check((await page.textContent("h1")) === "New START", "no name");
    check((await page.textContent(".status"))?.includes("—"), "no status basis");
    const treaty = await (await fetch(`${api}/treaties/new-start`)).json();
    if (treaty.links?.parties && treaty.links?.timeline) {
      // The API serves parties and timeline (CATALOG-CONTRACT.md): real content is required.
      const parties = await page.locator(".parties > li").allTextContents();
      check(parties.some((p) => p.includes("United States")) && parties.some((p) => p.includes("Russia")),
        `parties: ${parties.join(" / ")}`);
      const timeline = await page.locator("section[aria-labelledby=timeline] ol.timeline > li").allTextContents();
      check(timeline.some((t) => t.includes("2010-04-08")), `timeline: ${timeline.join(" / ")}`);
      console.log(`  parties and timeline endpoints present: ${parties.length} states, ` +
        `${timeline.length} timeline entries`);
    } else {
      // Not on this API yet: the view says so (the 404) and shows the catalog's key dates and named parties.
      const parties = await page.textContent("section[aria-labelledby=parties]");
      check(parties?.includes("answered 404"), "no 404 state for parties");
      check(parties?.includes("Russia"), "no catalog parties");
      const timeline = await page.textContent("section[aria-labelledby=timeline]");
      check(timeline?.includes("answered 404"), "no 404 timeline state");
      const dates = await page.locator("ol.timeline > li").allTextContents();
      check(dates.some((t) => t.includes("2010-04-08")), "no key dates");
      console.log("  parties and timeline endpoints absent on this API: checked their empty states and the " +
        "catalog's dates (with those endpoints, this test requires real parties and a timeline)");
    }
  });

  await test("a CSV link downloads a file that parses", async () => {
    const { page } = await open(browser);
    await show(page, "treaty");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("a.csv >> nth=0")]);
    check(download.suggestedFilename() === "new-start-limits.csv", download.suggestedFilename());
    const rows = parseCsv(readFileSync(await download.path(), "utf8"));
    const [header, ...data] = rows;
    check(header?.includes("value") && header.includes("unit") && header.includes("quote"), `header: ${header}`);
    check(data.length > 0 && data.every((r) => r.length === header.length), `rows: ${data.length}`);
    check(data.some((r) => r[header.indexOf("value")] === "1550"), "no 1550 row");
  });

  await test("deep links open the same view; back returns to the last one", async () => {
    const { page } = await open(browser);
    await show(page, "claim");
    const url = page.url();
    const verdict = await page.textContent("#verdict");
    const { page: other } = await open(browser);
    await other.goto(url);
    await other.waitForSelector("#verdict");
    check((await other.textContent("#verdict")) === verdict, "the shared URL shows another verdict");
    check((await other.inputValue("#claim")) === falseClaim, "the shared URL lost the claim");
    await page.click("nav >> text=Search");
    await page.waitForSelector("#f-q");
    await page.goBack();
    await page.waitForSelector("#verdict");
    check(page.url() === url, "back did not return to the claim");
    await show(other, "document");
    const target = await other.evaluate(() =>
      [...document.querySelectorAll("mark.target")].map((m) => m.textContent).join(""));
    check(target === evidence.quote, `the evidence link marked "${target}", not "${evidence.quote}"`);
    check(await other.evaluate(() => document.activeElement?.classList.contains("target")), "the span is not focused");
  });

  await test("the document reader shows a highlight's fact on focus", async () => {
    const { page } = await open(browser);
    await show(page, "document");
    const kinds = await page.locator(".doc-text mark")
      .evaluateAll((ms) => new Set(ms.map((m) => m.className.split(" ")[1])).size);
    check(kinds >= 5, `only ${kinds} kinds highlighted`);
    await page.focus(".doc-text mark.hl-limit");
    check((await page.textContent("#fact-panel"))?.startsWith("Limit: "), "focus did not show the fact");
  });

  await test("typed markup stays text; an unknown treaty and a 5,000-character claim show the API's detail",
    async () => {
    const { page, problems } = await open(browser);
    const markup = `<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>`;
    await page.goto(`${api}/#/search?q=${encodeURIComponent(markup)}`);
    await page.waitForSelector("#main .note:not(.note-loading)");
    const rendered = await page.evaluate(() => document.querySelectorAll("#main img, #main script").length);
    check(rendered === 0, "markup was rendered");
    await page.goto(`${api}/#/treaty/${encodeURIComponent("<b>nope</b>")}`);
    const missing = await page.waitForSelector(".note-error");
    check((await missing.textContent())?.includes("404") && (await missing.textContent())?.includes("<b>nope"),
      `unknown treaty: ${await missing.textContent()}`);
    await page.goto(`${api}/#/claim`);
    await page.fill("#claim", "x".repeat(5000));
    await page.press("#claim", "Enter");
    const refused = await page.waitForSelector(".note-error");
    const detail = await refused.textContent();
    check(detail?.match(/400.*At most 2000 characters/), `long claim: ${detail}`);
    check(await page.evaluate(() => !("pwned" in window)), "a script ran");
    check(problems.length === 0, `console: ${problems.join("; ")}`);
  });

  await test("the keyboard reaches the claim box, checks, and reaches copy citation", async () => {
    const { page } = await open(browser);
    await page.goto(`${api}/`);
    const onClaim = () => page.evaluate(() => document.activeElement?.id === "claim");
    for (let i = 0; i < 10 && !(await onClaim()); i++) await page.keyboard.press("Tab");
    check(await onClaim(), "Tab never reached the claim box");
    await page.keyboard.type(falseClaim);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#verdict");
    const onCopy = () => page.evaluate(() => document.activeElement?.classList.contains("copy"));
    for (let i = 0; i < 15 && !(await onCopy()); i++) await page.keyboard.press("Tab");
    check(await onCopy(), "Tab never reached Copy citation");
  });

  await test("first load is under 100 KB transferred, with the page's own CSP", async () => {
    // A context of its own: nothing cached from the other tests.
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes = [];
    page.on("requestfinished", async (r) => {
      const s = await r.sizes();
      sizes.push(s.responseBodySize + s.responseHeadersSize);
    });
    const response = await page.goto(`${api}/`);
    await page.waitForSelector("#claim");
    await page.waitForLoadState("networkidle");
    const csp = response?.headers()["content-security-policy"] ?? "";
    check(csp.includes("script-src 'self'") && csp.includes("connect-src 'self'"), `CSP: ${csp}`);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`  first load: ${sizes.length} requests, ${(total / 1024).toFixed(1)} KB transferred`);
    await context.close();
    check(total < 100 * 1024, `${total} bytes`);
  });

  for (const name of Object.keys(views)) {
    await test(`${name}: nothing scrolls sideways at 390 px; no serious or critical axe violations; screenshots`,
      async () => {
      for (const width of [390, 1280]) {
        const { page } = await open(browser, width);
        await show(page, name);
        check(!(await scrollsSideways(page)), `scrolls sideways at ${width} px`);
        const violations = await axeViolations(page);
        check(violations.length === 0, `axe at ${width} px: ${JSON.stringify(violations)}`);
        await page.screenshot({ path: new URL(`page-${name}-${width}.png`, outDir).pathname, fullPage: true });
      }
    });
  }
} finally {
  await close();
}
process.exit(summary() ? 1 : 0);
