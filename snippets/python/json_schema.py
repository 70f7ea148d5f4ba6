import json
import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Answer in JSON: does Paris have a metro?"}],
    response_format={
        "type": "json_schema",
        "json_schema": {
            "name": "city_fact",
            "schema": {  # the key is "schema", as on the wire
                "type": "object",
                "properties": {"city": {"type": "string"}, "has_metro": {"type": "boolean"}},
                "required": ["city", "has_metro"],
                "additionalProperties": False,
            },
            "strict": True,
        },
    },
)
content = response.choices[0].message.content
print("content:", content)
print("parsed:", json.loads(content))
