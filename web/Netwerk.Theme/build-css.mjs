// Joins the design system's tokens, the styles of the components Netwerk's pages use, and Netwerk's theme into one
// stylesheet, so a page loads one file (fingerprinted and compressed by ASP.NET Core's static assets). Only the
// components in use: the whole library is half a megabyte, these are a tenth of it. A page that starts using another
// component adds its package name here.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";

const components = [
  "alert", "button", "button-link", "checkbox", "document", "form-field", "form-field-description", "form-field-error-message",
  "form-fieldset", "form-label", "heading-1", "heading-2", "heading-3", "link", "link-list", "paragraph", "select", "table",
  "textarea", "textbox", "unordered-list",
];
const parts = [
  "node_modules/@utrecht/design-tokens/dist/theme.css",
  ...components.map((name) => `node_modules/@utrecht/${name}-css/dist/index.min.css`),
  "styles/netwerk.css",
];
mkdirSync("wwwroot", { recursive: true });
writeFileSync("wwwroot/netwerk.css", parts.map((file) => `/* ${file} */\n${readFileSync(file, "utf8")}`).join("\n"));
