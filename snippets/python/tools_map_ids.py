import hashlib
import os
import re
import string

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
ALPHABET = string.ascii_letters + string.digits


def mistral_id(foreign_id: str) -> str:
    """The same 9 letters and digits for the same id, every time the history is replayed."""
    if re.fullmatch(r"[a-zA-Z0-9]{9}", foreign_id):
        return foreign_id
    number = int.from_bytes(hashlib.sha256(foreign_id.encode()).digest(), "big")
    new_id = ""
    for _ in range(9):
        number, digit = divmod(number, len(ALPHABET))
        new_id += ALPHABET[digit]
    return new_id


def with_mistral_ids(messages: list[dict]) -> list[dict]:
    """A copy of the messages with every tool call id, in calls and in results, mapped."""
    mapped = []
    for message in messages:
        message = dict(message)
        if message.get("tool_calls"):
            message["tool_calls"] = [{**call, "id": mistral_id(call["id"])} for call in message["tool_calls"]]
        if message.get("tool_call_id"):
            message["tool_call_id"] = mistral_id(message["tool_call_id"])
        mapped.append(message)
    return mapped


tools = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}]
# A conversation recorded with another provider, whose tool call ids look like call_... .
messages = [
    {"role": "user", "content": "What's the weather in Paris?"},
    {"role": "assistant", "content": "", "tool_calls": [
        {"id": "call_0fypS1hVX", "type": "function",
         "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
    ]},
    {"role": "tool", "tool_call_id": "call_0fypS1hVX", "name": "get_weather", "content": '{"temp_c": 21}'},
]
print("call_0fypS1hVX ->", mistral_id("call_0fypS1hVX"))
response = client.chat.complete(model="mistral-small-latest", messages=with_mistral_ids(messages), tools=tools)
print(response.choices[0].message.content)
