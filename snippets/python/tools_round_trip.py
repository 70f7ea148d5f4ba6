import json
import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
MODEL = "mistral-small-latest"

tools = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}]


def get_weather(city: str) -> str:
    return json.dumps({"city": city, "temp_c": 21})


messages = [{"role": "user", "content": "What's the weather in Paris?"}]
response = client.chat.complete(model=MODEL, messages=messages, tools=tools, tool_choice="auto")
choice = response.choices[0]
print("finish_reason:", choice.finish_reason)

# 1. The assistant message with the tool calls goes back unchanged.
messages.append(choice.message)
# 2. One tool message per call (parallel calls come as several calls in this one message).
for call in choice.message.tool_calls or []:
    print(f"tool call {call.id}: {call.function.name} {call.function.arguments}")
    arguments = call.function.arguments  # a JSON string: parse it before you use it
    arguments = json.loads(arguments) if isinstance(arguments, str) else arguments
    messages.append({
        "role": "tool",
        "tool_call_id": call.id,  # the id of the call this result answers
        "name": call.function.name,
        "content": get_weather(**arguments),
    })

# 3. The model answers with the results in front of it.
final = client.chat.complete(model=MODEL, messages=messages, tools=tools)
print("answer:", final.choices[0].message.content)
