// explain(): which page of the Mistral API errors site explains an error, and what to do.
// It reads the site's errors.json, saved beside this file (offline, no request), and matches as
// the site's error decoder does: the body's code, then its type (each only when one error
// carries it), then its message, then the HTTP status alone.
import { readFileSync } from "node:fs";
import { Mistral } from "@mistralai/mistralai";
import { MistralError } from "@mistralai/mistralai/models/errors";

const SITE = "http://127.0.0.1:8000/";
const CATALOG = new URL("errors.json", import.meta.url);

type Body = { status: number; body: string };
type Entry = {
  title: string; url: string; summary: string; retryable: boolean; wait: string | null;
  status: number; type: string | null; code: string | null; aliases: string[];
  messages: Record<string, string> | null; bodies: Body[]; read?: Fields[];
};
type Fields = { code: string | null; type: string | null; messages: string[]; list: boolean;
                keys: string | null; envelope: boolean };
type Message = { entry: Entry; text: string; named: boolean; whole: RegExp; within: RegExp };
type Index = { codes: Map<string, Entry[]>; types: Map<string, Entry[]>; messages: Message[];
               lists: Entry[]; statuses: Map<string, Entry> };

let index: Index | null = null;

function explain(status: number, body: string): string {
  try {
    index ??= buildIndex(JSON.parse(readFileSync(CATALOG, "utf8")).errors);
  } catch (problem) {
    const name = problem instanceof Error ? problem.name : "Error";
    return `Status ${status}: no readable errors.json beside this file (${name}); download ${SITE}errors.json there`;
  }
  const entry = match(index, status, body || "");
  if (!entry) return `Status ${status}: not in the site's catalog\nSee ${SITE}errors/ (the error index)`;
  const retry = entry.retryable ? `retry: ${entry.wait}` : "the same request fails the same way";
  return `${entry.title}: ${SITE}${entry.url}\n${entry.summary} (${retry})`;
}

function match(index: Index, status: number, body: string): Entry | null {
  const fields = firstEnvelope(body) ?? looseFields(body);
  if (!fields.type) {  // a type the catalog knows, written anywhere (one error carries it)
    for (const [type, owners] of index.types) {
      if (owners.length === 1 && new RegExp(`(?:^|[^A-Za-z0-9_])${type}(?![A-Za-z0-9_])`).test(body)) {
        fields.type = type;
        break;
      }
    }
  }
  for (const owners of [index.codes.get(fields.code ?? ""), index.types.get(fields.type ?? "")]) {
    if (owners?.length === 1) return owners[0];
  }
  let hits: { entry: Entry; named: boolean }[] = [];
  if (fields.messages.length) {
    hits = index.messages.filter((m) => fields.messages.some((t) => m.whole.test(t.trim())));
  } else if (!fields.envelope && !fields.list) {
    hits = index.messages.filter((m) => m.within.test(body));
  }
  if (fields.list) hits.push(...index.lists.map((entry) => ({ entry, named: false })));
  let entries = [...new Set(hits.map((h) => h.entry))];
  if (entries.length > 1) {
    const named = [...new Set(hits.filter((h) => h.named).map((h) => h.entry))];
    if (named.length) entries = named;
  }
  if (entries.length > 1) {
    const same = entries.filter((e) => e.status === status || e.bodies.some((b) => b.status === status));
    if (same.length) entries = same;
  }
  if (entries.length > 1 && fields.keys) {
    const shaped = entries.filter((e) => e.read!.some((r) => r.keys === fields.keys));
    if (shaped.length) entries = shaped;
  }
  if (entries.length === 1) return entries[0];
  const text = String(status);
  return index.statuses.get(text) ?? index.statuses.get(`${text[0]}xx`) ?? null;
}

// Each balanced {...} of the text that parses as JSON.
function jsonObjects(text: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  let start = text.indexOf("{");
  while (start !== -1 && found.length < 20) {
    let depth = 0, quote: string | null = null, end = -1;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === "{" || c === "[") {
        depth++;
      } else if (c === "}" || c === "]") {
        depth--;
        if (depth === 0) { end = c === "}" ? i : -1; break; }
      }
    }
    let value: unknown = null;
    try { value = end !== -1 ? JSON.parse(text.slice(start, end + 1)) : null; } catch { value = null; }
    if (value && typeof value === "object" && !Array.isArray(value)) {
      found.push(value as Record<string, unknown>);
      start = text.indexOf("{", end + 1);
    } else {
      start = text.indexOf("{", start + 1);
    }
  }
  return found;
}

// The error fields of a parsed body, also when wrapped ({"error": {...}}) or sent as a string.
function envelope(value: Record<string, unknown>, depth: number): Fields | null {
  if (depth > 4) return null;
  for (const wrapper of ["error", "body", "body$", "response", "message", "detail"]) {
    const inner = value[wrapper];
    const quoted = typeof inner === "string" && inner.includes("{");
    const nested = quoted ? jsonObjects(inner)
      : wrapper === "error" && inner && typeof inner === "object" && !Array.isArray(inner)
        ? [inner as Record<string, unknown>] : [];
    for (const item of nested) {
      const fields = envelope(item, depth + 1);
      // A schema quoted in a message has a "type" but is no error body.
      if (fields && (!quoted || fields.code || fields.messages.length || fields.list)) return fields;
    }
  }
  const code = value["code"], type = value["type"];
  const fields: Fields = {
    code: (typeof code === "string" && /^\d{4}$/.test(code)) ||
          (typeof code === "number" && code >= 1000 && code <= 9999) ? String(code) : null,
    type: typeof type === "string" && /^[a-z_]+$/.test(type) ? type : null,
    messages: [], list: false, keys: Object.keys(value).sort().join(","), envelope: true,
  };
  for (let part of [value["message"], value["detail"]]) {
    if (part && typeof part === "object" && !Array.isArray(part)) {
      const detail = (part as { detail?: unknown }).detail;
      if (!Array.isArray(detail)) continue;
      part = detail;
    }
    if (typeof part === "string") {
      fields.messages.push(part);
    } else if (Array.isArray(part) && part.some(isItem)) {  // a list of validation errors
      fields.list = true;
      for (const item of part) if (isItem(item) && typeof item.msg === "string") fields.messages.push(item.msg);
    }
  }
  const error = fields.code || fields.type || fields.messages.length || fields.list ||
    value["object"] === "error" || value["object"] === "Error";
  return error ? fields : null;
}

function isItem(item: unknown): item is { msg?: unknown } {
  return !!item && typeof item === "object" && ("loc" in item || "msg" in item);
}

function firstEnvelope(text: string): Fields | null {
  for (const value of jsonObjects(text)) {
    const fields = envelope(value, 0);
    if (fields) return fields;
  }
  return null;
}

// A body that is not JSON (cut short, HTML, plain text): its fields one by one.
function looseFields(text: string): Fields {
  const code = /\bcode["']?\s*[:=]?\s*["']?(\d{4})\b/i.exec(text);
  const type = /["']type["']\s*:\s*["']([a-z_]+)["']/.exec(text);
  const said = /["'](?:message|detail)["']\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/.exec(text);
  const messages = said ? [(said[1] ?? said[2]).replace(/\\(["'\\])/g, "$1")] : [];
  return { code: code ? code[1] : null, type: type ? type[1] : null, messages, list: false, keys: null,
           envelope: !!said };
}

// errors.json, indexed by code, type, message and status (as the site's decoder does).
function buildIndex(entries: Entry[]): Index {
  const index: Index = { codes: new Map(), types: new Map(), messages: [], lists: [], statuses: new Map() };
  const own = (table: Map<string, Entry[]>, key: string | null, entry: Entry) => {
    if (!key) return;
    const owners = table.get(key) ?? [];
    if (!owners.includes(entry)) owners.push(entry);
    table.set(key, owners);
  };
  for (const entry of entries) {
    own(index.codes, entry.code, entry);
    own(index.types, entry.type, entry);
    for (const text of Object.values(entry.messages ?? {})) addMessage(index, entry, text, true);
    entry.read = [];
    for (const body of entry.bodies) {
      const read = firstEnvelope(body.body) ?? { code: null, type: null, list: false, keys: null,
                                                  envelope: false, messages: plainMessages(body.body) };
      entry.read.push(read);
      own(index.codes, read.code, entry);
      own(index.types, read.type, entry);
      const coded = read.list && read.code;
      const named = Object.keys(entry.messages ?? {}).length > 0;
      if (read.list && !coded && !named && !index.lists.includes(entry)) index.lists.push(entry);
      if (!coded) for (const text of read.messages) addMessage(index, entry, text, false);
    }
    for (const alias of entry.aliases) {
      const status = /^errors\/(\d{3}|\dxx)\/$/.exec(alias);
      if (status) index.statuses.set(status[1], entry);
    }
  }
  return index;
}

// What a body that is not JSON says: an HTML page's title and h1, or short plain text.
function plainMessages(text: string): string[] {
  if (/<(html|!doctype)/i.test(text)) {
    return [...text.matchAll(/<(title|h1)[^>]*>([\s\S]*?)<\/\1>/gi)]
      .map((m) => m[2].replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim()).filter(Boolean);
  }
  return text.trim() && text.length < 200 ? [text.trim()] : [];
}

// A catalog message: in a template, ${...} matches anything; in a body, any number does.
function addMessage(index: Index, entry: Entry, text: string, named: boolean): void {
  text = text.trim();
  if (!text || index.messages.some((m) => m.entry === entry && m.text === text && m.named === named)) return;
  const escape = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const parts = named ? text.split(/\$\{[^}]*\}/).map(escape) : [escape(text).replace(/\d+/g, "\\d+")];
  index.messages.push({
    entry, text, named,
    whole: new RegExp("^" + parts.join("[\\s\\S]*?") + "$"),
    within: new RegExp("(?:^|[^A-Za-z0-9])" + parts.join("[^\\n]*?") + "(?![A-Za-z0-9])"),
  });
}

// How to use it: a call that fails, and what explain() says about it.
const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

try {
  const response = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
  });
  console.log(response.choices[0]?.message?.content);
} catch (error) {
  if (!(error instanceof MistralError)) throw error;
  console.log(explain(error.statusCode, error.body));
  process.exit(1);
}
