import os
import sys

import httpx2
from mistralai.client import Mistral, errors

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

received, finish_reason, usage = "", None, None
try:
    with client.chat.stream(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
    ) as stream:
        for event in stream:
            choice = event.data.choices[0]
            if isinstance(choice.delta.content, str):
                received += choice.delta.content
                print(choice.delta.content, end="", flush=True)
            finish_reason = choice.finish_reason or finish_reason
            usage = event.data.usage or usage
    print()
except errors.ResponseValidationError as error:
    # An event that is not a chunk, such as an error object sent after the stream began.
    print(f"\nThe stream sent something that is not a chunk: {str(error).splitlines()[0]}")
except httpx2.TransportError as error:
    # The connection dropped or stalled in the middle of the answer (timeouts included).
    print(f"\nThe connection failed mid-stream: {type(error).__name__}: {error}")

# Without a finish_reason the answer is incomplete, whether or not an exception said so.
if finish_reason is None:
    sys.exit(f"Incomplete answer: {len(received)} characters, no finish_reason.")
if finish_reason != "stop":
    print(f"The model stopped early: finish_reason={finish_reason}")  # "length": raise max_tokens
print(f"Total tokens: {usage.total_tokens if usage else 'not reported'}")
