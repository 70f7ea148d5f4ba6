import os
import sys

import httpx2
from mistralai.client import Mistral

# timeout_ms bounds each wait for data, not the whole stream: a stream that keeps sending
# outlives it, and a pause longer than it raises in the middle of the loop. Half a second here
# so you can see it fire.
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"], timeout_ms=500)

try:
    with client.chat.stream(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
    ) as stream:
        for event in stream:
            content = event.data.choices[0].delta.content
            if isinstance(content, str):
                print(content, end="", flush=True)
except httpx2.TimeoutException as error:
    sys.exit(f"\nThe stream stopped sending: {type(error).__name__}: {error}")
print()
