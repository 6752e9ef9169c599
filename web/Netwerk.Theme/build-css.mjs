// Joins the design system's tokens and component styles and Netwerk's theme into one stylesheet, so a page loads
// one file (fingerprinted and compressed by ASP.NET Core's static assets).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const parts = [
  "node_modules/@utrecht/design-tokens/dist/theme.css",
  "node_modules/@utrecht/component-library-css/dist/index.css",
  "styles/netwerk.css",
];
mkdirSync("wwwroot", { recursive: true });
writeFileSync("wwwroot/netwerk.css", parts.map((file) => `/* ${file} */\n${readFileSync(file, "utf8")}`).join("\n"));
