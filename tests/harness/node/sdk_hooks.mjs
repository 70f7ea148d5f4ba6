// Registered by redirect.mjs when SNIPPET_SDK_BUNDLE names a bundle map (tests/snippet_runner.py
// builds it). The SDK's ~1,000 ES modules, loaded one by one, cost each TypeScript run about a
// second; the same code pre-bundled by esbuild loads in a fraction of that. Only these
// specifiers are redirected, so a snippet's import errors (a default import that does not
// exist, a path the package does not export) stay Node's own.
let bundled = {};

export async function initialize(data) {
  bundled = data.map;
}

export async function resolve(specifier, context, next) {
  if (Object.hasOwn(bundled, specifier)) return { url: bundled[specifier], shortCircuit: true };
  return next(specifier, context);
}
