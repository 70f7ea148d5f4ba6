import os

from mistralai.client import Mistral

MODEL = "mistral-small-latest"
CONTEXT_TOKENS = 256 * 1024  # mistral-small-latest: 256k (see the Models page)
ANSWER_TOKENS = 4_096  # kept free for the answer, and sent as max_tokens


def estimate_tokens(messages: list[dict]) -> int:
    """A crude ESTIMATE, not the API's count: about 4 characters per token, plus a few per message.
    The real count depends on the model's tokenizer and on the text: keep a margin."""
    return sum(len(str(m.get("content") or "")) // 4 + 4 for m in messages)


def trim_history(messages: list[dict], budget: int) -> list[dict]:
    """Drop the oldest turns until the estimate fits the budget; keep the leading system messages."""
    head = 0
    while head < len(messages) and messages[head]["role"] == "system":
        head += 1
    system, rest = messages[:head], messages[head:]
    while rest and estimate_tokens(system + rest) > budget:
        rest = rest[1:]
        # Start at a user message: an assistant or tool message cut off from its turn breaks the order.
        while rest and rest[0]["role"] != "user":
            rest = rest[1:]
    if not rest:
        raise ValueError("the last user message alone is over the budget: shorten or split it")
    return system + rest


# A long chat: a system message, 20 turns with a 100,000-character note each, and a new question.
history = [{"role": "system", "content": "You answer questions about the notes."}]
for _ in range(20):
    history.append({"role": "user", "content": "word " * 20_000})
    history.append({"role": "assistant", "content": "Noted."})
history.append({"role": "user", "content": "Summarise the notes."})

kept = trim_history(history, CONTEXT_TOKENS - ANSWER_TOKENS)
print(f"History: {len(history)} messages, about {estimate_tokens(history):,} tokens (estimate)")
print(f"Sent:    {len(kept)} messages, about {estimate_tokens(kept):,} tokens (estimate), "
      f"starting with {kept[0]['role']}, {kept[1]['role']}")

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
response = client.chat.complete(model=MODEL, messages=kept, max_tokens=ANSWER_TOKENS)
print(f"The API counted {response.usage.prompt_tokens:,} prompt tokens.")
print(response.choices[0].message.content)
