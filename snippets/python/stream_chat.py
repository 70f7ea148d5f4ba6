import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# chat.stream, not chat.complete; `with` closes the connection even if you leave the loop early.
with client.chat.stream(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
) as stream:
    for event in stream:
        chunk = event.data  # each event wraps one chunk
        content = chunk.choices[0].delta.content
        if isinstance(content, str):  # reasoning models can send a list of parts instead
            print(content, end="", flush=True)
        if chunk.usage is not None:  # the last chunk carries the usage
            usage = chunk.usage
            print(f"\n[{chunk.choices[0].finish_reason}] prompt tokens: {usage.prompt_tokens},"
                  f" completion tokens: {usage.completion_tokens}, total: {usage.total_tokens}")
