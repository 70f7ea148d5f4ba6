import json
import os
from collections.abc import Iterator

from mistralai.client import Mistral, errors

MODEL = "mistral-embed"
MAX_INPUTS = 512  # inputs per request: more gets 3210 "Too many inputs in request"
MAX_TOKENS = 16_000  # tokens per request: under the 16,384 that the API's older message named


def estimate_tokens(text: str) -> int:
    """A CRUDE ESTIMATE, not Mistral's tokenizer: about 3 characters per token.

    It can be wrong either way, so embed() still splits a batch that the API refuses."""
    return len(text) // 3 + 1


def batches(texts: list[str]) -> Iterator[list[str]]:
    """Consecutive slices of texts, each of at most MAX_INPUTS inputs and MAX_TOKENS estimated tokens."""
    batch: list[str] = []
    tokens = 0
    for text in texts:
        cost = estimate_tokens(text)
        if cost > MAX_TOKENS:
            raise ValueError(f"one text alone is about {cost} tokens: cut it into smaller chunks first")
        if batch and (len(batch) == MAX_INPUTS or tokens + cost > MAX_TOKENS):
            yield batch
            batch, tokens = [], 0
        batch.append(text)
        tokens += cost
    if batch:
        yield batch


def refusal(error: errors.SDKError) -> str | None:
    """The message of a 400 that asks for smaller batches: code 3210, or its older form without a code."""
    try:
        body = json.loads(error.body)
    except ValueError:
        return None
    if error.status_code != 400 or not isinstance(body, dict):
        return None
    message = str(body.get("message"))
    if body.get("code") == "3210" or message.startswith(("Too many tokens", "Too many inputs")):
        return message
    return None


def embed(client: Mistral, batch: list[str]) -> list[list[float]]:
    try:
        response = client.embeddings.create(model=MODEL, inputs=batch)
    except errors.SDKError as error:
        message = refusal(error)
        if message is None or len(batch) == 1:
            raise
        print(f"  refused: {message} Sending the {len(batch)} inputs as two halves.")
        half = len(batch) // 2
        return embed(client, batch[:half]) + embed(client, batch[half:])
    return [item.embedding for item in response.data]


def embed_all(client: Mistral, texts: list[str]) -> list[list[float]]:
    """One vector per text, in order; the requests go one after the other."""
    vectors: list[list[float]] = []
    for number, batch in enumerate(batches(texts), 1):
        print(f"batch {number}: {len(batch)} inputs, about {sum(map(estimate_tokens, batch))} tokens (estimate)")
        vectors += embed(client, batch)
    return vectors


client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
# 700 short texts and 19 long ones: too many inputs and too many tokens for one request.
texts = [f"Ticket {n}: the customer cannot log in after a password reset." for n in range(700)]
texts += [f"Manual page {n}: " + "Press the red button, then wait for the green light. " * 170 for n in range(19)]

vectors = embed_all(client, texts)
print(f"{len(vectors)} vectors for {len(texts)} texts")
