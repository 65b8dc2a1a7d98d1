// Serves index.html on a port of its own, so the page's origin differs from the API's.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";

const port = Number(process.argv[2] ?? 5098);
const page = readFileSync(new URL("./index.html", import.meta.url));
createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(page);
}).listen(port, "127.0.0.1");
