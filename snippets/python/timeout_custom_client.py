import os

import httpx2
from mistralai.client import Mistral

# The SDK ignores this client's timeout: every call passes its own timeout_ms (300 000 ms by
# default), which replaces it. This call waits as long as the answer takes.
http_client = httpx2.Client(timeout=httpx2.Timeout(0.5))
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"], client=http_client)

response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
)
print(response.choices[0].message.content)
