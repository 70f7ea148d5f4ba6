import os
import uuid

from mistralai.client import Mistral, errors
from mistralai.client.utils import BackoffStrategy, RetryConfig

LOCAL_API = "http://127.0.0.1:8080"  # mistral-mock on your machine, not api.mistral.ai

# The code under test: one chat call, which the SDK retries on 429, 500, 502, 503 and 504.
RETRIES = RetryConfig("backoff", BackoffStrategy(500, 5_000, 1.5, 10_000), retry_connection_errors=False)


def ask(client: Mistral) -> str:
    response = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
        retries=RETRIES,
    )
    return response.choices[0].message.content


for scenario in ["ok", "rate-limit-then-ok", "server-error-then-ok", "revoked-key", "model-not-on-plan"]:
    # A new run name for each client: the mock counts requests per run, so each one starts afresh.
    run = uuid.uuid4().hex
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"], server_url=f"{LOCAL_API}/_mock/{run}/{scenario}")
    try:
        print(f"{scenario}: {ask(client)}")
    except errors.SDKError as error:
        print(f"{scenario}: failed with {error.status_code}: {error.body}")
