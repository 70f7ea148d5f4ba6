import ast
import json
import os

from mistralai.client import Mistral, errors

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def get_weather(call_id):
    return "22 C, sunny"  # your tool, run for the call with this id


response = client.beta.conversations.start(model="mistral-medium-latest", inputs="What is the weather in Paris?")
question = {"type": "message.input", "role": "user", "content": "And in Lyon?"}
try:
    # If the model asked for a function call, this append is missing its result.
    response = client.beta.conversations.append(conversation_id=response.conversation_id, inputs=[question])
except errors.SDKError as error:
    body = json.loads(error.body)
    if error.status_code != 400 or str(body.get("code")) != "3001":
        raise
    print(f"{error.status_code} {body['message']}")
    # The message ends with the waiting ids as a Python list: answer each, then ask again.
    waiting = ast.literal_eval(body["message"].rsplit("for: ", 1)[1])
    results = [{"type": "function.result", "tool_call_id": call_id, "result": get_weather(call_id)}
               for call_id in waiting]
    response = client.beta.conversations.append(conversation_id=response.conversation_id,
                                                inputs=[*results, question])
print(response.outputs[0].content)
