import json
import os

from mistralai.client import Mistral, errors

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
inputs = [
    {"type": "message.input", "role": "user", "content": "What is the weather in Paris?"},
    {"type": "function.call", "tool_call_id": "D681PevKs", "name": "get_weather", "arguments": '{"city": "Paris"}'},
    # No function.result answers D681PevKs.
]
try:
    response = client.beta.conversations.start(model="mistral-medium-latest", inputs=inputs)
except errors.SDKError as error:
    body = json.loads(error.body)
    print(f'code == "3230": {body.get("code") == "3230"}')  # misses it: the code is an integer here
    # Compare as text: chat completions send "3230", the Conversations API sends 3230.
    if error.status_code != 400 or str(body.get("code")) != "3230":
        raise
    print(f"{error.status_code} {body['message']} (code {body['code']!r})")
    # Fix: one function.result per function.call, with the same tool_call_id.
    inputs.append({"type": "function.result", "tool_call_id": "D681PevKs", "result": "22 C, sunny"})
    response = client.beta.conversations.start(model="mistral-medium-latest", inputs=inputs)
print(response.outputs[0].content)
