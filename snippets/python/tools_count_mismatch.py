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
    {"role": "user", "content": "What's the weather in Paris and in Lyon?"},
    {"role": "assistant", "content": "", "tool_calls": [
        {"id": "D681PevKs", "type": "function",
         "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
        {"id": "yfBEybNYi", "type": "function",
         "function": {"name": "get_weather", "arguments": '{"city": "Lyon"}'}},
    ]},
    # Two calls, one result: the result for yfBEybNYi is missing.
    {"role": "tool", "tool_call_id": "D681PevKs", "name": "get_weather", "content": '{"temp_c": 21}'},
]
response = client.chat.complete(model="mistral-small-latest", messages=messages, tools=tools)
print(response.choices[0].message.content)
