import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def without_schema_keys(schema):
    """The JSON Schema without its $schema and $id keywords, at every level."""
    if isinstance(schema, dict):
        return {key: without_schema_keys(value) for key, value in schema.items() if key not in ("$schema", "$id")}
    if isinstance(schema, list):
        return [without_schema_keys(value) for value in schema]
    return schema


# A schema written for another tool, with $schema and $id.
parameters = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "https://example.com/schemas/get_weather.json",
    "type": "object",
    "properties": {"city": {"type": "string"}},
    "required": ["city"],
}
tools = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather for a city",
        "parameters": without_schema_keys(parameters),
    },
}]
response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "What's the weather in Paris?"}],
    tools=tools,
)
for call in response.choices[0].message.tool_calls or []:
    print(call.function.name, call.function.arguments)
