"""docs/topics/embeddings.md."""

from snippet_runner import Run

RUNS = [
    # What you see: the mock refuses more than 16,384 tokens (one per word) or more than 512 inputs (3210).
    Run("python/embed_too_many_tokens.py", "python-embed_too_many_tokens.txt", exit_code=1, compare="tail"),
    Run("python/embed_too_many_inputs.py", "python-embed_too_many_inputs.txt", exit_code=1, compare="tail"),
    # The TypeScript SDK puts a body over 100 characters on its own line, after "SDKError: ... Status 400".
    Run("typescript/embed_too_many_tokens.ts", "typescript-embed_too_many_tokens.txt", exit_code=1,
        compare="lines"),
    Run("curl/embed_too_many_inputs.sh", "curl-embed_too_many_inputs.txt"),
    # The batching helper: within both limits; and a batch refused once, sent again as two halves.
    Run("python/embed_batches.py", "embed_batches.txt"),
    Run("typescript/embed_batches.ts", "embed_batches.txt"),
    Run("python/embed_batches.py", "embed_batches-refused.txt", "embeddings-batch,ok"),
    Run("typescript/embed_batches.ts", "embed_batches-refused.txt", "embeddings-batch,ok"),
    # `inputs` in the SDKs, `input` on the wire.
    Run("python/embed_input_keyword.py", "python-embed_input_keyword.txt", exit_code=1, compare="tail"),
    Run("typescript/embed_input_typeerror.ts", "typescript-embed_input_typeerror.txt", exit_code=2,
        typecheck=True),
    Run("typescript/embed_input_typeerror.ts", "typescript-embed_input_typeerror-run.txt", exit_code=1,
        compare="lines"),
    Run("curl/embed_inputs_key.sh", "curl-embed_inputs_key.txt"),
    Run("python/embed_basic.py", "embed_basic.txt"),
    Run("typescript/embed_basic.ts", "embed_basic.txt"),
    Run("curl/embed_basic.sh", "embed_basic.txt"),
]
