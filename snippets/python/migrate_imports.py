import os

from mistralai.client import Mistral, errors
from mistralai.client.models import UserMessage
from mistralai.client.utils import BackoffStrategy, RetryConfig

# 0.x retried 429, 500, 502, 503 and 504 by itself; 1.x and later only with a RetryConfig.
retries = RetryConfig("backoff", BackoffStrategy(500, 10_000, 1.5, 60_000), retry_connection_errors=True)
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"], retry_config=retries)

try:
    response = client.chat.complete(
        model="mistral-small-latest",
        messages=[UserMessage(content="Say hello.")],
    )
    print(response.choices[0].message.content)
except errors.HTTPValidationError as error:  # 422: the request does not fit the schema
    print("Invalid request:", error.data.detail)
except errors.SDKError as error:  # every other 4xx and 5xx
    print(f"API error {error.status_code}: {error.body}")
