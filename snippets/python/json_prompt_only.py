import json
import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# JSON asked for in the prompt only: no response_format, so nothing makes the answer JSON.
response = client.chat.complete(
    model="mistral-small-latest",
    messages=[{"role": "user",
               "content": "Answer in JSON with the keys city and has_metro: does Paris have a metro?"}],
)
content = response.choices[0].message.content
print("content:", content)
print("parsed:", json.loads(content))
