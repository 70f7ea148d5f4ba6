import os

import httpx2
from mistralai.client import Mistral, errors

NAMES = [
    "x-ratelimit-limit-req-minute",
    "x-ratelimit-remaining-req-minute",
    "x-ratelimit-limit-tokens-minute",
    "x-ratelimit-remaining-tokens-minute",
    "x-ratelimit-tokens-query-cost",
    "retry-after",
]


def print_limits(response: httpx2.Response) -> None:
    # The SDK returns no headers with a successful result: read them on every response here.
    print(f"HTTP {response.status_code}")
    for name in NAMES:
        if name in response.headers:
            print(f"  {name}: {response.headers[name]}")


http_client = httpx2.Client(event_hooks={"response": [print_limits]})
client = Mistral(api_key=os.environ["MISTRAL_API_KEY"], client=http_client)

try:
    response = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
    )
    print(response.choices[0].message.content)
except errors.SDKError as error:
    if error.status_code != 429:
        raise
    # On an error, the same headers are on the exception.
    if error.headers.get("x-ratelimit-limit-req-minute") == "0":
        print("This model is not on your plan (request limit 0): waiting will not help.")
    else:
        print(f"Rate limited. Retry-After: {error.headers.get('retry-after', 'not sent')}")
