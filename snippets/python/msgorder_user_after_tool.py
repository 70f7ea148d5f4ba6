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
messages = [
    {"role": "user", "content": "What's the weather in Paris?"},
    {"role": "assistant", "tool_calls": [
        {"id": "abc123xyz", "type": "function",
         "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
    ]},
    {"role": "tool", "tool_call_id": "abc123xyz", "name": "get_weather", "content": '{"temp_c": 21}'},
    # The next question, sent before the model has answered the tool result: rejected.
    {"role": "user", "content": "And in Lyon?"},
]
response = client.chat.complete(model="mistral-small-latest", messages=messages, tools=tools)
print(response.choices[0].message.content)
