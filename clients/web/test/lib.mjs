// What the browser tests share: Debian's Chromium driven by playwright-core, a tiny runner that prints
// PASS/FAIL per test, a CSV parser (RFC 4180) and the accessibility scan (axe-core).
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export const api = (process.env.TREATYAPI_URL ?? "http://127.0.0.1:5080").replace(/\/$/, "");

/**
 * Debian's chromium, with the flags it needs as root without network. Playwright gives it a fresh profile in a
 * temporary --user-data-dir of its own (it refuses that flag from us) and removes it on close.
 */
export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return { browser, close: () => browser.close() };
}

const contexts = new Map();
let opened = [];
/**
 * A new page at a width, failing the test on any CSP violation or script error it reports. Pages of one width
 * share a browser context (a context costs seconds on a busy machine); each test's pages are closed after it.
 * @param {import("playwright-core").Browser} browser @param {number} width
 */
export async function open(browser, width = 1280) {
  if (!contexts.has(width)) {
    contexts.set(width, await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true }));
  }
  const page = await contexts.get(width).newPage();
  opened.push(page);
  const problems = [];
  // A 4xx the page asked for (a 404 parties endpoint, a refused claim) is logged by Chromium too: the page shows it.
  page.on("console", (m) => {
    if (m.type() === "error" && !/status of 4\d\d/.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  return { page, problems };
}

const results = [];
/** Runs one test; a failure is printed and counted, the others still run. */
export async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push(true);
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push(false);
    console.log(`FAIL ${name}\n  ${String(e?.stack ?? e).split("\n").slice(0, 6).join("\n  ")}`);
  }
  await Promise.all(opened.map((p) => p.close()));
  opened = [];
}
export function summary() {
  const failed = results.filter((r) => !r).length;
  console.log(`browser tests: ${results.length - failed} passed, ${failed} failed`);
  return failed;
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; rows end with CRLF. */
export function parseCsv(text) {
  const rows = [[]];
  let field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") { rows.at(-1).push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { rows.at(-1).push(field); field = ""; rows.push([]); i++; }
    else if (c === '"') throw new Error(`stray quote at ${i}`);
    else field += c;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || rows.at(-1).length) rows.at(-1).push(field); else rows.pop();
  return rows;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/**
 * axe-core's scan of the page as it is; returns the serious and critical violations. Evaluated through the
 * DevTools protocol, which the page's CSP (script-src 'self') does not govern, so the page keeps its own policy.
 * @param {import("playwright-core").Page} page
 */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    // @ts-ignore axe is the global the source above defines
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
      target: v.nodes[0]?.target?.join(" ") }));
  });
  return found.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** True when the page is wider than its viewport (something scrolls sideways). */
export function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 0.5 ||
    document.body.scrollWidth > window.innerWidth + 0.5);
}
