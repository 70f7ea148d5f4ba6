import json
import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def json_answer(response) -> dict:
    """The answer as JSON, or a ValueError that says why there is none."""
    choice = response.choices[0]
    content = choice.message.content
    if isinstance(content, list):  # reasoning models answer with thinking and text chunks
        content = "".join(chunk.text for chunk in content if chunk.type == "text")
    if choice.finish_reason != "stop":  # "length": cut off at max_tokens, so the JSON is unfinished
        raise ValueError(f"answer cut off (finish_reason {choice.finish_reason}): {content[:80]!r}")
    try:
        return json.loads(content)
    except json.JSONDecodeError as error:
        raise ValueError(f"answer is not JSON ({error}): {content[:80]!r}") from None


request = {
    "model": "mistral-small-latest",
    "messages": [{"role": "user",
                  "content": "Answer in JSON with the keys city and has_metro: does Paris have a metro?"}],
    "response_format": {"type": "json_object"},
    "max_tokens": 500,
}
for attempt in (1, 2):  # one more try, then give up
    try:
        print(json_answer(client.chat.complete(**request)))
        break
    except ValueError as error:
        print(f"attempt {attempt}: {error}")
else:
    raise SystemExit("no JSON answer")
