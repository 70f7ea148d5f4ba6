/* The error decoder (docs/decoder.md).
 *
 * Reads what a reader pasted (a raw body, an SDK exception, a status line, log lines, response
 * headers), recognises it against the site's own catalog, /errors.json (written at build time
 * from data/errors.yml), and says what it is, whether to retry and how long to wait, and which
 * page explains it. Everything runs here, in the browser: nothing pasted is sent anywhere.
 *
 * Order of evidence: the body's `code`, then its `type` (each only when a single catalog entry
 * carries it), then its message (the bodies' messages and the `messages` templates, `${...}`
 * being a wildcard), then the HTTP status (the entry whose aliases hold it). Anything else is
 * "not recognised": no guess.
 *
 * Material's instant navigation re-runs this script on every visit to the page, so it sets
 * itself up once and (re)initialises each new page through `document$`.
 */
(function () {
  "use strict";
  if (window.mistralErrorDecoder) return;

  var script = document.currentScript;
  var ROOT = new URL("../", script && script.src ? script.src : new URL("../", location.href)).href;
  var MAX_INPUT = 100000;   // characters read from the textarea or the URL
  var MAX_LINK = 8000;      // longest input a "link to this verdict" carries

  // Not catalog errors: these happen before any HTTP response exists, so /errors.json has no entry
  // for them. Kept short on purpose; each row says where the explanation lives. A row with a
  // `status` leads to that status's catalog page instead of a topic page.
  var CLIENT_SIDE = [
    {
      status: 401,
      pattern: /Illegal header value b'Bearer\s*'|API key not provided/,
      meaning: "The API key is empty or missing, so the SDK did not send the request: the same cause as a 401."
    },
    {
      page: "topics/timeouts/", title: "Timeout (no HTTP response)",
      pattern: /\b(?:Read|Connect|Write|Pool)Timeout\b|\bTimeoutException\b|\bRequestTimeoutError\b|\bTimeoutError\b|\btimed out\b|aborted due to timeout/,
      meaning: "The client stopped waiting before an answer arrived: there is no status and no body, and the SDK's SDKError handler does not catch it. After a read timeout the request may still have run on Mistral's side.",
      retry: "Yes, with backoff; for long generations raise the timeout or stream the answer."
    },
    {
      page: "topics/timeouts/", title: "Connection error (no HTTP response)",
      pattern: /\b(?:ConnectError|RemoteProtocolError|MistralConnectionException|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN)\b|ConnectionError: Unable to make request|Connection refused|Name or service not known|All connection attempts failed|fetch failed|Server disconnected|peer closed connection|other side closed|TypeError: terminated|curl: \((?:6|7|52|56)\)/,
      meaning: "No HTTP answer: the connection failed or broke (network, DNS, proxy, or the server closed it).",
      retry: "Yes, with backoff, once the network or base URL is right."
    },
    {
      page: "topics/reasoning/", title: "Answer content is a list (reasoning model)",
      pattern: /'list' object has no attribute '(?:strip|lower|upper|split|replace|startswith|endswith|encode)'|content\??\.(?:trim|split|toLowerCase|toUpperCase|replace|startsWith|endsWith) is not a function/,
      meaning: "Code that expects message.content to be a string got a list of chunks: models that reason return a thinking chunk and a text chunk. The request itself succeeded.",
      retry: "No: read the text chunks (the page shows how)."
    },
    {
      page: "topics/fine-tuning/", title: "Fine-tuning jobs: the API is retired",
      pattern: /object has no attribute 'fine_tuning'|Property 'fineTuning' does not exist/,
      meaning: "The installed SDK has no fine-tuning jobs: Mistral retired that API (it answers 410), so the SDKs dropped the method. The API was never called.",
      retry: "No: no documented replacement exists for starting a fine-tuning job."
    },
    {
      page: "topics/sdk-migration/", title: "Code written for another SDK version",
      pattern: /cannot import name '\w+' from 'mistralai|No module named 'mistralai|module 'mistralai' has no attribute|'Mistral' object has no attribute|'(?:Chat|Embeddings)' object is not callable|'(?:CompletionEvent|EventStream)' object has no attribute|This client is deprecated|requested module '@mistralai\/mistralai' does not provide an export|unexpected keyword argument '(?:endpoint|base_url|timeout|max_retries|safe_mode)'/,
      meaning: "Python or TypeScript code written for an older (or newer) mistralai SDK than the one installed; the API was never called.",
      retry: "No: the code has to change."
    }
  ];

  var STATUS_PATTERNS = [
    /\b(?:http_)?status(?:[ _]?code)?["']?\s*[:=]?\s*["']?([1-5]\d\d)\b/i,   // Status 429, Status: 401., status_code=429, "statusCode": 429
    /\bHTTP(?:\/[\d.]+)?\s+([1-5]\d\d)\b/,                                   // HTTP/1.1 429 Too Many Requests, HTTP 429
    /\berror(?: code)?:?\s+([1-5]\d\d)\b/i,                                  // Error code: 429 - {...}, Error 400: ..., Error code 520
    /\b([1-5]\d\d) status code\b/,                                          // the openai npm package: 422 status code (no body)
    /\b([1-5]\d\d):?\s+(?:Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Request Timeout|Payload Too Large|Content Too Large|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/
  ];

  /* ---------- the catalog ---------- */

  var catalog = null;

  function loadCatalog() {
    if (!catalog) {
      catalog = fetch(new URL("errors.json", ROOT).href, {credentials: "same-origin"})
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(buildIndex);
      catalog.catch(function () { catalog = null; });  // try again on the next decode
    }
    return catalog;
  }

  function buildIndex(document_) {
    var index = {entries: document_.errors, codes: new Map(), types: new Map(), lists: new Set(),
                 statuses: new Map(), exceptions: new Map(), messages: []};
    function own(map, key, entry) {
      if (key === null || key === undefined || key === "") return;
      key = String(key);
      if (!map.has(key)) map.set(key, new Set());
      map.get(key).add(entry);
    }
    document_.errors.forEach(function (entry) {
      entry.href = new URL(entry.url, ROOT).href;
      own(index.codes, entry.code, entry);
      own(index.types, entry.type, entry);
      Object.keys(entry.messages || {}).forEach(function (name) {
        addMessage(index, entry, entry.messages[name], true);
      });
      entry.bodies.forEach(function (body) {
        var read = readBody(body.body);
        body.read = read;
        own(index.codes, read.code, entry);
        own(index.types, read.type, entry);
        // The shape alone names the entries whose list no message of theirs tells apart.
        // A list that carries a code (the Conversations API's 3001) is told apart by that code:
        // neither its shape nor its items' msgs name its entry for bodies without it.
        var coded = read.list && read.code;
        if (read.list && !coded && !Object.keys(entry.messages || {}).length) index.lists.add(entry);
        if (!coded) read.messages.forEach(function (text) { addMessage(index, entry, text, false); });
        own(index.exceptions, body.python.exception, body.status);
        own(index.exceptions, body.typescript.exception, body.status);
      });
      entry.aliases.forEach(function (alias) {
        var m = /^errors\/(\d{3}|\dxx)\/$/.exec(alias);
        if (m) index.statuses.set(m[1], entry);
      });
    });
    return index;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // A `messages` template: `${...}` matches anything. A body's message: its numbers (token
  // counts, limits) match any number.
  function addMessage(index, entry, text, named) {
    text = text.trim();
    if (!text) return;
    var duplicate = index.messages.some(function (m) { return m.entry === entry && m.text === text && m.named === named; });
    if (duplicate) return;
    var parts = named ? text.split(/\$\{[^}]*\}/).map(escapeRegExp)
                      : [escapeRegExp(text).replace(/\d+/g, "\\d+")];
    index.messages.push({
      entry: entry, text: text, named: named,
      whole: new RegExp("^" + parts.join("[\\s\\S]*?") + "$"),
      within: new RegExp("(?:^|[^A-Za-z0-9])" + parts.join("[^\\n]*?") + "(?![A-Za-z0-9])")
    });
  }

  /* ---------- reading a body or a paste ---------- */

  // The first balanced {...} at `start`, quotes respected (JSON's "..." and Python's '...').
  function closingBrace(text, start) {
    var depth = 0, quote = null;
    for (var i = start; i < text.length; i++) {
      var c = text[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === "{" || c === "[") {
        depth++;
      } else if (c === "}" || c === "]") {
        depth--;
        if (depth === 0) return c === "}" ? i : -1;
      }
    }
    return -1;
  }

  // A Python dict as printed (single quotes, None/True/False) turned into JSON.
  function pythonToJson(text) {
    var out = "";
    for (var i = 0; i < text.length;) {
      var c = text[i];
      if (c === "'" || c === '"') {
        var value = "", j = i + 1;
        for (; j < text.length && text[j] !== c; j++) {
          if (text[j] === "\\" && j + 1 < text.length) {
            var next = text[++j];
            value += next === "n" ? "\n" : next === "t" ? "\t" : next;
          } else {
            value += text[j];
          }
        }
        if (j >= text.length) return null;
        out += JSON.stringify(value);
        i = j + 1;
        continue;
      }
      var word = /^(None|True|False)\b/.exec(text.slice(i, i + 6));
      if (word) {
        out += {None: "null", True: "true", False: "false"}[word[1]];
        i += word[1].length;
        continue;
      }
      out += c;
      i++;
    }
    return out;
  }

  function jsonObjects(text) {
    var found = [];
    var start = text.indexOf("{");
    while (start !== -1 && found.length < 20) {
      var end = closingBrace(text, start);
      if (end !== -1) {
        var slice = text.slice(start, end + 1), value = null;
        try { value = JSON.parse(slice); } catch (e) {
          try { var converted = pythonToJson(slice); value = converted && JSON.parse(converted); } catch (e2) { value = null; }
        }
        if (value && typeof value === "object") {
          found.push(value);
          start = text.indexOf("{", end + 1);
          continue;
        }
      }
      start = text.indexOf("{", start + 1);
    }
    return found;
  }

  // The error envelope in a parsed value: {"object":"error","message":...,"type":...,"code":...},
  // {"detail":...}, {"message":...}, also when wrapped ({"error": {...}}) or sent as a string.
  function envelope(value, depth) {
    if (depth > 4 || !value || typeof value !== "object" || Array.isArray(value)) return null;
    var wrappers = ["error", "body", "body$", "response", "message", "detail"];
    for (var w = 0; w < wrappers.length; w++) {
      var inner = value[wrappers[w]];
      if (typeof inner === "string" && inner.indexOf("{") !== -1) {
        // A body printed inside a message. Only one with a code, a message or a list counts: a
        // tool's JSON Schema quoted in a message (Invalid tool schema: {'type': 'object', ...})
        // has a `type` too, but it is no error body.
        var objects = jsonObjects(inner);
        for (var k = 0; k < objects.length; k++) {
          var found = envelope(objects[k], depth + 1);
          if (found && (found.code || found.messages.length || found.list)) return found;
        }
      } else if (wrappers[w] === "error" && inner && typeof inner === "object") {
        var nested = envelope(inner, depth + 1);
        if (nested) return nested;
      }
    }
    var fields = {code: null, type: null, messages: [], list: false, rawStatus: null, keys: Object.keys(value).sort().join(",")};
    if ((typeof value.code === "string" && /^\d{4}$/.test(value.code)) || (typeof value.code === "number" && value.code >= 1000 && value.code <= 9999)) {
      fields.code = String(value.code);
    }
    if (typeof value.type === "string" && /^[a-z_]+$/.test(value.type)) fields.type = value.type;
    [value.message, value.detail].forEach(function (part) {
      if (typeof part === "string") fields.messages.push(part);
      else if (Array.isArray(part)) addList(fields, part);
      else if (part && typeof part === "object" && Array.isArray(part.detail)) addList(fields, part.detail);
    });
    if (typeof value.raw_status_code === "number") fields.rawStatus = value.raw_status_code;
    var isError = fields.code || fields.type || fields.messages.length || fields.list || value.object === "error" || value.object === "Error";
    return isError ? fields : null;
  }

  // A list of validation errors; their `msg`s count as messages too (an OCR value_error's
  // message names its error, where the list's shape alone names only the status).
  function addList(fields, items) {
    if (!items.some(isValidationItem)) return;
    fields.list = true;
    items.forEach(function (item) {
      if (isValidationItem(item) && typeof item.msg === "string") fields.messages.push(item.msg);
    });
  }

  function isValidationItem(item) {
    return item && typeof item === "object" && ("loc" in item || "msg" in item);
  }

  function htmlMessages(text) {
    var found = [];
    var re = /<(title|h1)[^>]*>([\s\S]*?)<\/\1>/gi, m;
    while ((m = re.exec(text))) {
      var inner = m[2].replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
      if (inner) found.push(inner);
    }
    return found;
  }

  // What a catalog body says about itself.
  function readBody(text) {
    var read = {code: null, type: null, messages: [], list: false, keys: null, empty: !text.trim()};
    var objects = jsonObjects(text), fields = null;
    for (var i = 0; i < objects.length && !fields; i++) fields = envelope(objects[i], 0);
    if (fields) {
      read.code = fields.code; read.type = fields.type; read.messages = fields.messages;
      read.list = fields.list; read.keys = fields.keys;
    } else if (/<(html|!doctype)/i.test(text)) {
      read.messages = htmlMessages(text);
    } else if (text.trim() && text.length < 200) {
      read.messages = [text.trim()];
    }
    return read;
  }

  function firstMatch(patterns, text) {
    for (var i = 0; i < patterns.length; i++) {
      var m = patterns[i].exec(text);
      if (m) return m;
    }
    return null;
  }

  function unquote(m) {
    if (!m) return null;
    var text = m[1] !== undefined ? m[1] : m[2];
    return text.replace(/\\(["'\\])/g, "$1");
  }

  // What a paste says: the envelope's fields, the status, the headers.
  function readInput(text, index) {
    var input = {text: text, code: null, type: null, messages: [], list: false, keys: null,
                 status: null, statusFrom: null, headers: {}, envelope: false, empty: !text.trim(),
                 emptyBody: /\bBody: (?:""|\s*$)|Message:\s*$/.test(text)};
    var objects = jsonObjects(text), fields = null;
    for (var i = 0; i < objects.length && !fields; i++) fields = envelope(objects[i], 0);
    if (fields) {
      input.envelope = true;
      input.code = fields.code; input.type = fields.type; input.messages = fields.messages;
      input.list = fields.list; input.keys = fields.keys;
    } else {
      // A body that is cut short or printed oddly: read the fields one by one.
      var code = /\bcode["']?\s*[:=]?\s*["']?(\d{4})\b/i.exec(text);
      if (code) input.code = code[1];
      var type = /["']type["']\s*:\s*["']([a-z_]+)["']/.exec(text);
      if (type) input.type = type[1];
      var message = /["'](?:message|detail)["']\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/.exec(text);
      if (message) { input.messages = [unquote(message)]; input.envelope = true; }
    }
    if (!input.type) {
      // A catalog type written anywhere (log lines): only one that a single entry carries.
      index.types.forEach(function (owners, type) {
        if (!input.type && owners.size === 1 && new RegExp("(?:^|[^A-Za-z0-9_])" + type + "(?![A-Za-z0-9_])").test(text)) input.type = type;
      });
    }
    var status = firstMatch(STATUS_PATTERNS, text);
    if (status) {
      input.status = Number(status[1]);
      input.statusFrom = status[0].trim();
    } else if (fields && fields.rawStatus) {
      input.status = fields.rawStatus;
      input.statusFrom = "raw_status_code " + fields.rawStatus;
    } else {
      // An SDK exception class that the catalog shows for one status only (HTTPValidationError: 422).
      index.exceptions.forEach(function (statuses, name) {
        if (!input.status && statuses.size === 1 && new RegExp("\\b" + name + "\\b").test(text)) {
          input.status = Number(statuses.values().next().value);
          input.statusFrom = name;
        }
      });
    }
    var header = /^[<\s]*([A-Za-z][A-Za-z0-9-]*)\s*:\s*(.*?)\s*$|["']((?:retry-after|x-ratelimit-)[A-Za-z0-9-]*)["']\s*:\s*["']?([^"',}\s]+)/gim, h;
    while ((h = header.exec(text))) {
      var name = (h[1] || h[3]).toLowerCase(), value = h[1] ? h[2] : h[4];
      if (/^(retry-after(-ms)?|x-ratelimit-[a-z-]+|content-type)$/.test(name) && !(name in input.headers)) input.headers[name] = value;
    }
    return input;
  }

  /* ---------- deciding ---------- */

  function only(set) {
    return set && set.size === 1 ? set.values().next().value : null;
  }

  function unique(list) {
    return list.filter(function (item, i) { return list.indexOf(item) === i; });
  }

  function hasStatus(entry, status) {
    return entry.status === status || entry.bodies.some(function (b) { return b.status === status; });
  }

  function byMessage(index, input) {
    var hits = [];
    if (input.messages.length) {
      index.messages.forEach(function (m) {
        if (input.messages.some(function (text) { return m.whole.test(text.trim()); })) hits.push(m);
      });
    } else if (!input.envelope && !input.list) {
      index.messages.forEach(function (m) { if (m.within.test(input.text)) hits.push(m); });
    }
    if (input.list) {
      index.lists.forEach(function (entry) {
        hits.push({entry: entry, named: false, text: null});
      });
    }
    if (!hits.length) return null;
    var entries = unique(hits.map(function (h) { return h.entry; }));
    var all = entries;
    if (entries.length > 1) {
      // A message the catalog lists under an entry's `messages` belongs to that entry.
      var named = unique(hits.filter(function (h) { return h.named; }).map(function (h) { return h.entry; }));
      if (named.length) entries = named;
    }
    if (entries.length > 1 && input.status) {
      var same = entries.filter(function (e) { return hasStatus(e, input.status); });
      if (same.length) entries = same;
    }
    if (entries.length > 1 && input.keys) {
      // The same message in two shapes (chat completions' "error", the Conversations API's
      // "Error" without param): the entry with a body of the paste's keys.
      var shaped = entries.filter(function (e) {
        return e.bodies.some(function (b) { return b.read && b.read.keys === input.keys; });
      });
      if (shaped.length) entries = shaped;
    }
    if (entries.length !== 1) return null;
    var hit = hits.filter(function (h) { return h.entry === entries[0]; })[0];
    return {entry: entries[0], hit: hit, also: all.filter(function (e) { return e !== entries[0]; })};
  }

  function statusEntry(index, status) {
    return index.statuses.get(String(status)) || index.statuses.get(String(status)[0] + "xx") || null;
  }

  function decode(index, text) {
    text = String(text || "").slice(0, MAX_INPUT);
    var input = readInput(text, index);
    var verdict = {kind: "unknown", input: input, entry: null, by: null, also: [], notes: []};
    if (input.empty) return verdict;

    if (input.code) {
      var byCode = only(index.codes.get(input.code));
      if (byCode) return matched(verdict, byCode, "the code " + input.code);
      if (!index.codes.has(input.code)) verdict.notes.push("The code " + input.code + " is not in the catalog.");
    }
    if (input.type) {
      var byType = only(index.types.get(input.type));
      if (byType) return matched(verdict, byType, "the type " + input.type);
      if (!index.types.has(input.type)) verdict.notes.push("The type " + input.type + " is not in the catalog.");
    }
    var message = byMessage(index, input);
    if (message) {
      verdict.also = message.also;
      var how = message.hit.text === null ? "the body's shape (a list of validation errors)"
              : "the message " + JSON.stringify(message.hit.text) + (message.hit.named ? " (the catalog lists it under this error)" : "");
      return matched(verdict, message.entry, how);
    }
    if (input.status) {
      var byStatus = statusEntry(index, input.status);
      if (byStatus) {
        verdict.also = index.entries.filter(function (e) {
          return e !== byStatus && e.url !== byStatus.url && hasStatus(e, input.status);
        });
        verdict.statusOnly = true;
        return matched(verdict, byStatus, "the HTTP status " + input.status + " alone");
      }
      verdict.notes.push("HTTP status " + input.status + " is not in the catalog.");
    }
    for (var i = 0; i < CLIENT_SIDE.length; i++) {
      var rule = CLIENT_SIDE[i];
      if (!rule.pattern.test(text)) continue;
      if (rule.status) {
        var entry = statusEntry(index, rule.status);
        if (!entry) continue;
        verdict.meaning = rule.meaning;
        return matched(verdict, entry, "the client-side text " + JSON.stringify(rule.pattern.exec(text)[0]));
      }
      verdict.kind = "topic";
      verdict.rule = rule;
      verdict.href = new URL(rule.page, ROOT).href;
      verdict.by = "the client-side text " + JSON.stringify(rule.pattern.exec(text)[0]);
      return verdict;
    }
    return verdict;
  }

  function matched(verdict, entry, by) {
    verdict.kind = "match";
    verdict.entry = entry;
    verdict.by = by;
    verdict.also = verdict.also.filter(function (e) { return e.url !== entry.url; });
    var closest = closestBody(entry, verdict.input);
    verdict.body = closest.body;
    // A status alone says nothing about the shape, unless the body is empty or a header decides.
    verdict.showBody = !verdict.statusOnly || closest.distinctive > 0 || (verdict.input.emptyBody && closest.body.read.empty);
    return verdict;
  }

  // Which of the entry's catalog bodies the paste looks most like (for its date and note). A
  // header value that only one of the entry's bodies has (x-ratelimit-limit-req-minute: 0) weighs most.
  function closestBody(entry, input) {
    var best = {body: null, distinctive: 0}, bestScore = -1;
    entry.bodies.forEach(function (body) {
      var score = 0, read = body.read;
      if (input.status && body.status === input.status) score += 4;
      if (input.keys && read.keys === input.keys) score += 3;
      if (input.code && read.code === input.code) score += 2;
      if (input.type && read.type === input.type) score += 2;
      if (read.empty && input.emptyBody) score += 3;
      var distinctive = body.headers.filter(function (h) {
        return input.headers[h.name.toLowerCase()] === h.value && !entry.bodies.every(function (other) {
          return other.headers.some(function (o) { return o.name === h.name && o.value === h.value; });
        });
      }).length;
      score += 5 * distinctive;
      if (score > bestScore) { best = {body: body, distinctive: distinctive}; bestScore = score; }
    });
    return best;
  }

  /* ---------- showing the verdict ---------- */

  function el(tag, attributes) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    (function add(children) {
      children.forEach(function (child) {
        if (Array.isArray(child)) add(child);
        else if (child !== null && child !== undefined && child !== false) node.append(child);
      });
    })(Array.prototype.slice.call(arguments, 2));
    return node;
  }

  function code(text) {
    return el("code", null, String(text));
  }

  function waitAdvice(verdict) {
    var entry = verdict.entry, headers = verdict.input.headers, parts = [];
    if (!entry.retryable) {
      parts.push(el("strong", null, "Retry: no."), " The same request fails the same way; change what the page says first.");
      return parts;
    }
    parts.push(el("strong", null, "Retry: yes."), " ", entry.wait || "Back off and try again.");
    if (headers["retry-after"] !== undefined) {
      var value = headers["retry-after"], seconds = Number(value);
      parts.push(" Your response says ", code("Retry-After: " + value), isNaN(seconds) ? ": wait until then." : ": wait " + seconds + " s before the next attempt.");
    } else if (headers["retry-after-ms"] !== undefined) {
      parts.push(" Your response says ", code("retry-after-ms: " + headers["retry-after-ms"]), ".");
    }
    return parts;
  }

  function readLine(input) {
    var items = [];
    if (input.status) items.push("status " + input.status + " (" + input.statusFrom + ")");
    if (input.type) items.push("type " + input.type);
    if (input.code) items.push("code " + input.code);
    input.messages.forEach(function (m) { items.push("message " + JSON.stringify(m.length > 160 ? m.slice(0, 160) + "…" : m)); });
    if (input.list) items.push("a list of validation errors");
    Object.keys(input.headers).forEach(function (name) { items.push(name + ": " + input.headers[name]); });
    return items;
  }

  function shareLink(text) {
    var cleaned = text.replace(/(Bearer\s+)[A-Za-z0-9._~+\/=-]{8,}/g, "$1<API key>").trim();
    if (!cleaned || cleaned.length > MAX_LINK) return null;
    return el("a", {href: location.pathname + "?error=" + encodeURIComponent(cleaned), "data-decoder-share": ""},
              "Link to this verdict");
  }

  function render(result, verdict, text) {
    var box;
    if (verdict.kind === "match") {
      var entry = verdict.entry, body = verdict.body;
      box = el("div", {"class": "admonition " + (entry.retryable ? "warning" : "failure"),
                       "data-verdict": "match", "data-entry": entry.id},
        el("p", {"class": "admonition-title"}, el("a", {href: entry.href}, entry.title)),
        el("p", null, verdict.meaning || entry.summary, " ", el("a", {href: entry.href}, "Read the page"), " for the causes and fixes."),
        el("p", null, waitAdvice(verdict)));
      if (verdict.showBody && body.note) box.append(el("p", null, el("em", null, "About this shape (" + body.name + "): "), body.note));
      verdict.notes.forEach(function (note) { box.append(el("p", null, note)); });
      box.append(el("p", null, el("strong", null, "Recognised by "), verdict.by,
        !verdict.statusOnly ? "." : verdict.input.emptyBody ? ": the body is empty, so the status is all there is."
          : verdict.input.envelope || verdict.input.list
          ? ": nothing else in the body is in the catalog, so this is the page for the status."
          : ": the body would tell more; paste it too if you have it."));
      if (verdict.showBody) {
        box.append(el("p", null, "Closest shape in the catalog: ", code(body.name), " (" + body.provenance +
          (body.seen ? ", seen " + body.seen : "") + ", status " + body.status + ")."));
      }
      if (verdict.also.length) {
        var also = el("p", null, verdict.statusOnly ? "Other errors with status " + verdict.input.status + ": " : "Also covered by: ");
        verdict.also.forEach(function (e, i) {
          if (i) also.append(", ");
          also.append(el("a", {href: e.href}, e.title));
        });
        box.append(also);
      }
    } else if (verdict.kind === "topic") {
      box = el("div", {"class": "admonition info", "data-verdict": "topic", "data-topic": verdict.rule.page},
        el("p", {"class": "admonition-title"}, el("a", {href: verdict.href}, verdict.rule.title)),
        el("p", null, verdict.rule.meaning, " ", el("a", {href: verdict.href}, "Read the page"), "."),
        el("p", null, el("strong", null, "Retry: "), verdict.rule.retry),
        el("p", null, el("strong", null, "Recognised by "), verdict.by, " (not an HTTP error, so not in the catalog)."));
    } else {
      var search = el("a", {href: "#", "data-decoder-search": ""}, "search box");
      search.addEventListener("click", openSearch);
      box = el("div", {"class": "admonition question", "data-verdict": "unknown"},
        el("p", {"class": "admonition-title"}, "Not recognised"),
        el("p", null, verdict.input.empty
          ? "There is nothing to go on: an empty body says nothing by itself. Paste the status line or the whole error too."
          : "Nothing in this matches an error in the site's catalog, so the decoder will not guess."),
        el("p", null, "Search the site for a distinctive part of it: press ", el("kbd", null, "/"), " or use the ", search,
           " at the top. Or look it up in the ", el("a", {href: new URL("errors/", ROOT).href}, "error index"), "."));
    }
    if (verdict.kind !== "match") verdict.notes.forEach(function (note) { box.append(el("p", null, note)); });
    var read = readLine(verdict.input);
    if (read.length) box.append(el("p", {"class": "decoder-read"}, el("strong", null, "Read from your input: "), read.join(" · ")));
    var share = verdict.input.empty ? null : shareLink(text);
    if (share) box.append(el("p", null, share, " (API keys after ", code("Bearer"), " are left out)."));
    result.replaceChildren(box);
  }

  function openSearch(event) {
    event.preventDefault();
    event.stopPropagation();
    var toggle = document.querySelector("[data-md-toggle=search]");
    if (toggle && !toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
    var box = document.querySelector(".md-search__input");
    if (box) box.focus();
  }

  function renderFailure(result, error) {
    result.replaceChildren(el("div", {"class": "admonition failure", "data-verdict": "error"},
      el("p", {"class": "admonition-title"}, "The catalog did not load"),
      el("p", null, "The decoder reads errors.json from this site and could not (" + error.message + "). Reload the page, or use the ",
         el("a", {href: new URL("errors/", ROOT).href}, "error index"), ".")));
  }

  /* ---------- the page ---------- */

  var runs = 0;

  function run(text, result) {
    var id = ++runs;
    result.setAttribute("aria-busy", "true");
    return loadCatalog().then(function (index) {
      if (id === runs) render(result, decode(index, text), text);
    }, function (error) {
      if (id === runs) renderFailure(result, error);
    }).then(function () {
      if (id !== runs) return;
      result.removeAttribute("aria-busy");
      result.dispatchEvent(new CustomEvent("decoder-done", {bubbles: true}));
    });
  }

  function setUp() {
    var form = document.getElementById("decoder-form");
    var result = document.getElementById("decoder-result");
    if (!form || !result || form.hasAttribute("data-ready")) return;
    form.setAttribute("data-ready", "");
    var input = form.querySelector("textarea");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(input.value, result);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        run(input.value, result);
      }
    });
    var pasted = new URLSearchParams(location.search).get("error");
    if (pasted !== null) {
      input.value = pasted.slice(0, MAX_INPUT);
      run(input.value, result);
    } else {
      loadCatalog().catch(function () {});
    }
  }

  window.mistralErrorDecoder = {
    decode: function (text) { return loadCatalog().then(function (index) { return decode(index, text); }); }
  };
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);  // a replay subject: also runs now, for the current page
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
