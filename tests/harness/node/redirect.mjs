// Preloaded by the tests with `node --import`, never by a snippet. Every fetch to api.mistral.ai
// (or its eu/us hosts) goes to the mock instead, whatever server the code names, so the snippet
// runs unchanged. Both the SDK and other clients use the global fetch.
import { readFileSync } from "node:fs";
import { register } from "node:module";

// The SDKs pre-bundled (see sdk_hooks.mjs): the same code, loaded faster.
if (process.env["SNIPPET_SDK_BUNDLE"]) {
  const map = JSON.parse(readFileSync(process.env["SNIPPET_SDK_BUNDLE"], "utf8"));
  register(new URL("./sdk_hooks.mjs", import.meta.url), { data: { map } });
}

const base = process.env["SNIPPET_BASE_URL"];
const mistralHost = /^https:\/\/api(\.eu|\.us)?\.mistral\.ai(?=\/|$)/;
// Mistral models on Azure AI Foundry and Google Vertex AI, and Google's OAuth token endpoint
// (docs/topics/cloud-deployments.md, mockapi/cloud.py).
const cloudHost =
  /^https:\/\/([a-z0-9-]+\.)*([a-z0-9-]+\.services\.ai\.azure\.com|[a-z0-9-]+\.models\.ai\.azure\.com|([a-z0-9-]+-)?aiplatform\.googleapis\.com|oauth2\.googleapis\.com)(?=\/|$)/i;

if (base) {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const host = mistralHost.test(url) ? mistralHost : cloudHost.test(url) ? cloudHost : null;
    if (host === null) return realFetch(input, init);
    const target = url.replace(host, base.replace(/\/$/, ""));
    if (!(input instanceof Request)) return realFetch(target, init);
    // A Request's body is a stream; read it so the copy can be sent to another URL.
    const body = input.method === "GET" || input.method === "HEAD" ? undefined : await input.arrayBuffer();
    return realFetch(target, { method: input.method, headers: input.headers, body, signal: input.signal, ...init });
  };
}
