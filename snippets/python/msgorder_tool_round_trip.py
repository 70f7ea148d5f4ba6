import json
import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

tools = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}]


def get_weather(city: str) -> str:
    return json.dumps({"city": city, "temp_c": 21})


def user_turn(messages: list, text: str) -> None:
    """Add the user's message, then call the model until it answers with text."""
    messages.append({"role": "user", "content": text})
    for _ in range(5):  # at most five tool rounds per user message
        answer = client.chat.complete(model="mistral-small-latest", messages=messages, tools=tools).choices[0].message
        # 1. The assistant message with the tool calls goes into the history first, unchanged.
        messages.append(answer)
        if not answer.tool_calls:
            print("Assistant:", answer.content)
            return
        # 2. Then one tool message per call, each with the id of its call.
        for call in answer.tool_calls:
            arguments = call.function.arguments
            arguments = json.loads(arguments) if isinstance(arguments, str) else arguments
            print(f"Tool call: {call.function.name}({json.dumps(arguments)})")
            messages.append({"role": "tool", "tool_call_id": call.id, "name": call.function.name,
                             "content": get_weather(**arguments)})
        # 3. And the model is called again: its answer, not the user, comes after the tool results.
    raise RuntimeError("the model kept calling tools")


history: list = []
user_turn(history, "What's the weather in Paris?")
user_turn(history, "And in Lyon?")  # only now, after the assistant's answer
print("Roles:", ", ".join(m["role"] if isinstance(m, dict) else m.role for m in history))
