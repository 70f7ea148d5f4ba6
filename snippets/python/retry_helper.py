"""Send a Mistral API call again when, and only when, waiting can help.

    response = call_with_retries(lambda: client.chat.complete(model=..., messages=...))
"""

import json
import math
import random
import time
from typing import Callable, Optional, TypeVar

from mistralai.client import errors

T = TypeVar("T")

# First and longest wait, in seconds, for each kind of error worth retrying.
BACKOFF = {
    "rate limit": (1.0, 60.0),  # your own limit: 429, code 1300
    "capacity": (5.0, 120.0),  # Mistral's capacity for the model: 429 or 503, code 3505
    "server error": (1.0, 60.0),  # 500, 502, 503, 504, Cloudflare's 520
}
MAX_RETRY_AFTER = 60.0  # seconds: never wait longer than this, whatever Retry-After says
SERVER_ERRORS = {500, 502, 503, 504, 520}
CAPACITY_MESSAGE = "Service tier capacity exceeded for this model."


def retry_kind(error: errors.SDKError) -> Optional[str]:
    """"rate limit", "capacity" or "server error"; None when sending the call again cannot help."""
    try:
        body = json.loads(error.body)
    except ValueError:
        body = None  # an empty body, or an HTML page from a proxy
    if not isinstance(body, dict):
        body = {}
    status = error.status_code
    capacity = (
        body.get("type") == "service_tier_capacity_exceeded"
        or body.get("code") == "3505"
        or body.get("message") == CAPACITY_MESSAGE  # the 2025 form had no type and no code
    )
    if status in (429, 503) and capacity:
        return "capacity"
    if status == 429:
        if error.headers.get("x-ratelimit-limit-req-minute") == "0":
            return None  # the model is not on your plan: no wait helps
        return "rate limit"  # rate_limited (1300), the older gateway body, or any other 429
    if status in SERVER_ERRORS:
        return "server error"
    return None  # 400, 401, 403, 404, 422 and the rest: fix the request or the key instead


def retry_after_seconds(error: errors.SDKError) -> Optional[float]:
    """Retry-After in seconds, if the answer has a usable one."""
    try:
        seconds = float(error.headers.get("retry-after", ""))
    except ValueError:
        return None  # absent, or an HTTP date: use the backoff instead
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def retry_delay(error: errors.SDKError, kind: str, retry: int, random: Callable[[], float]) -> float:
    """Seconds to wait before retry number `retry` (0 for the first)."""
    retry_after = retry_after_seconds(error)
    if retry_after is not None:
        return min(retry_after, MAX_RETRY_AFTER)
    first, longest = BACKOFF[kind]
    # Exponential backoff with full jitter: anywhere between 0 and the current ceiling.
    return random() * min(longest, first * 2**retry)


def call_with_retries(
    call: Callable[[], T],
    *,
    max_attempts: int = 5,
    sleep: Callable[[float], None] = time.sleep,
    random: Callable[[], float] = random.random,
    on_retry: Optional[Callable[[errors.SDKError, str, float], None]] = None,
) -> T:
    """Return call(), calling it up to max_attempts times; raise the last error otherwise."""
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    for attempt in range(1, max_attempts + 1):
        try:
            return call()
        except errors.SDKError as error:
            kind = retry_kind(error)
            if kind is None or attempt == max_attempts:
                raise
            wait = retry_delay(error, kind, attempt - 1, random)
            if on_retry is not None:
                on_retry(error, kind, wait)
            sleep(wait)
    raise AssertionError("unreachable")


if __name__ == "__main__":
    import os
    import sys

    from mistralai.client import Mistral

    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    attempts = 0

    def ask():
        global attempts
        attempts += 1
        return client.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Say hello."}],
        )

    def report(error: errors.SDKError, kind: str, wait: float) -> None:
        print(f"Attempt {attempts}: {error.status_code} ({kind}), retrying in {wait:.1f} s")

    try:
        response = call_with_retries(ask, on_retry=report)
    except errors.SDKError as error:
        sys.exit(f"Stopped after {attempts} attempt(s): {error}")
    print(response.choices[0].message.content)
    print(f"Answered after {attempts} attempt(s).")
