// Preloaded by the tests with `node --import`, never by a snippet: points the SDK's default server
// at the mock, so the snippet runs unchanged.
import { ServerList } from "@mistralai/mistralai/lib/config.js";

if (process.env["SNIPPET_BASE_URL"]) {
  ServerList.global = process.env["SNIPPET_BASE_URL"];
}
