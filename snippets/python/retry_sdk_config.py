import os

from mistralai.client import Mistral
from mistralai.client.utils import BackoffStrategy, RetryConfig

# Retries are off unless you pass a RetryConfig. With one, the SDK retries every 429, 500, 502,
# 503 and 504, whatever the body says, and waits as long as Retry-After says.
retry_config = RetryConfig(
    "backoff",
    BackoffStrategy(
        initial_interval=1_000,  # ms
        max_interval=60_000,  # ms
        exponent=2,
        max_elapsed_time=120_000,  # ms; then the last error is raised
    ),
    retry_connection_errors=True,  # also connection errors and timeouts
)
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"], retry_config=retry_config)

response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Say hello."}],
)
print(response.choices[0].message.content)
