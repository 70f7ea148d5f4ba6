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
    # A tool call rebuilt without its id: the SDK fills in the string "null".
    {"role": "assistant", "content": "", "tool_calls": [
        {"type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
    ]},
    {"role": "tool", "name": "get_weather", "content": '{"temp_c": 21}'},
]
response = client.chat.complete(model="mistral-small-latest", messages=messages, tools=tools)
print(response.choices[0].message.content)
