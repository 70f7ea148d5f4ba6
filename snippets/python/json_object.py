import json
import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{
        "role": "user",
        # JSON mode is not enough on its own: ask for JSON, with the keys you want, in the prompt too.
        "content": "Answer in JSON with the keys city and has_metro: does Paris have a metro?",
    }],
    response_format={"type": "json_object"},
)
content = response.choices[0].message.content
print("content:", content)
print("parsed:", json.loads(content))
