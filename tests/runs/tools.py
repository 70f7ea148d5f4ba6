"""docs/topics/tool-calling.md."""

from snippet_runner import Run

RUNS = [
    # What you see: ids from another provider (the mock applies the rules of mockapi/rules.py).
    Run("python/tools_foreign_ids.py", "python-tools_foreign_ids.txt", exit_code=1, compare="tail"),
    Run("typescript/tools_foreign_ids.ts", "typescript-tools_foreign_ids.txt", exit_code=1, compare="lines"),
    Run("curl/tools_foreign_ids.sh", "curl-tools_foreign_ids.txt"),
    # Fix: map the ids to 9 letters and digits (both languages print the same).
    Run("python/tools_map_ids.py", "tools_map_ids.txt"),
    Run("typescript/tools_map_ids.ts", "tools_map_ids.txt"),
    # The other messages, one failing conversation each.
    Run("python/tools_count_mismatch.py", "python-tools_count_mismatch.txt", exit_code=1, compare="tail"),
    Run("python/tools_content_and_calls.py", "python-tools_content_and_calls.txt", exit_code=1, compare="tail"),
    Run("python/tools_empty_assistant.py", "python-tools_empty_assistant.txt", exit_code=1, compare="tail"),
    Run("python/tools_camel_case_id.py", "python-tools_camel_case_id.txt", exit_code=1, compare="tail"),
    Run("python/tools_null_id.py", "python-tools_null_id.txt", exit_code=1, compare="tail"),
    # Fix: a schema without $schema and $id.
    Run("python/tools_clean_schema.py", "tools_clean_schema.txt"),
    Run("typescript/tools_clean_schema.ts", "tools_clean_schema.txt"),
    # Invalid tool schema: a Draft 4 exclusiveMinimum, refused; then turned into Draft 7.
    Run("curl/tools_invalid_schema.sh", "curl-tools_invalid_schema.txt"),
    Run("python/tools_schema_draft7.py", "python-tools_schema_draft7.txt"),
    Run("typescript/tools_schema_draft7.ts", "typescript-tools_schema_draft7.txt"),
    # The round trip that works.
    Run("python/tools_round_trip.py", "python-tools_round_trip.txt"),
    Run("typescript/tools_round_trip.ts", "typescript-tools_round_trip.txt"),
    Run("curl/tools_first_request.sh", "curl-tools_first_request.txt"),
    Run("curl/tools_second_request.sh", "curl-tools_second_request.txt"),
    # tool_choice values.
    Run("python/tools_tool_choice.py", "tools_tool_choice.txt"),
    Run("typescript/tools_tool_choice.ts", "tools_tool_choice.txt"),
]
