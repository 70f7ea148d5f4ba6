"""docs/topics/reasoning.md."""

from snippet_runner import Run

RUNS = [
    # What you see: content is a list of chunks, so string methods fail on it.
    Run("python/reasoning_strip.py", "python-reasoning_strip.txt", exit_code=1, compare="tail"),
    Run("typescript/reasoning_trim.ts", "typescript-reasoning_trim.txt", exit_code=1, compare="lines"),
    Run("curl/reasoning_raw.sh", "curl-reasoning_raw.txt"),
    # Fix: take the text chunks (and the thinking, if you want it), whole or streamed.
    Run("python/reasoning_text.py", "reasoning_text.txt"),
    Run("typescript/reasoning_text.ts", "reasoning_text.txt"),
    Run("python/reasoning_stream.py", "reasoning_text.txt"),
    Run("typescript/reasoning_stream.ts", "reasoning_text.txt"),
    # prompt_mode "reasoning" on a model that does not reason: 400, code 3051.
    Run("curl/reasoning_prompt_mode.sh", "curl-reasoning_prompt_mode.txt"),
    Run("python/reasoning_prompt_mode.py", "reasoning_prompt_mode.txt"),
    Run("typescript/reasoning_prompt_mode.ts", "reasoning_prompt_mode.txt"),
    # reasoning_content replayed in the history: 422 extra_forbidden.
    Run("curl/reasoning_replayed.sh", "curl-reasoning_replayed.txt"),
]
