import os
import sys

import openai
from openai import OpenAI


def show_attempt(response):  # called for every answer, retries included
    print("HTTP", response.status_code)


client = OpenAI(
    base_url="https://api.mistral.ai/v1",
    api_key=os.environ["MISTRAL_API_KEY"],
    http_client=openai.DefaultHttpxClient(event_hooks={"response": [show_attempt]}),
)

try:
    response = client.chat.completions.create(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
    )
    print(response.choices[0].message.content)
except openai.APIStatusError as error:  # an answer with a 4xx or 5xx status
    print(f"{type(error).__name__}: {error}")
    print(error.body)
    sys.exit(1)
except openai.APIConnectionError as error:  # no answer at all
    print(f"{type(error).__name__}: {error}")
    sys.exit(1)
