import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def to_draft7(schema):
    """Draft 4's boolean exclusiveMinimum/exclusiveMaximum turned into Draft 7's numeric bounds."""
    if isinstance(schema, list):
        return [to_draft7(value) for value in schema]
    if not isinstance(schema, dict):
        return schema
    schema = {key: to_draft7(value) for key, value in schema.items()}
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(schema.get(flag), bool):
            if schema.pop(flag) and bound in schema:
                schema[flag] = schema.pop(bound)
    return schema


# A schema written for JSON Schema Draft 4, as some generators still write them.
parameters = {
    "type": "object",
    "properties": {"page": {"type": "integer", "minimum": 0, "exclusiveMinimum": True}},
    "required": ["page"],
}
print(to_draft7(parameters)["properties"]["page"])
response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Read page 2."}],
    tools=[{
        "type": "function",
        "function": {"name": "read_page", "description": "Read one page of the document",
                     "parameters": to_draft7(parameters)},
    }],
)
for call in response.choices[0].message.tool_calls or []:
    print(call.function.name, call.function.arguments)
