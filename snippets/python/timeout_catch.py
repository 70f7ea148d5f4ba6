import os
import sys

import httpx2  # mistralai 3.x raises httpx2's exceptions: `except httpx.ReadTimeout` never matches
from mistralai.client import Mistral
from mistralai.client.utils import BackoffStrategy, RetryConfig

client = Mistral(
    api_key=os.environ["MISTRAL_API_KEY"],
    # How long to wait for each step (connect, send, each read). Half a second here so you can
    # see it fire; use the longest wait you accept for an answer, e.g. 120_000.
    timeout_ms=500,
    retry_config=RetryConfig(
        "backoff",
        BackoffStrategy(initial_interval=500, max_interval=5_000, exponent=2, max_elapsed_time=2_000),  # ms
        retry_connection_errors=True,  # retry timeouts and refused connections too
    ),
)

try:
    response = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
    )
except httpx2.TimeoutException as error:
    sys.exit(f"No answer in time, even after retrying: {type(error).__name__}: {error}")
except httpx2.ConnectError as error:
    sys.exit(f"Could not connect to the API: {error}")
except httpx2.RemoteProtocolError as error:
    sys.exit(f"The connection dropped before the whole answer arrived: {error}")
print(response.choices[0].message.content)
