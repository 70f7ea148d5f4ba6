import os
import sys

import openai
from openai import OpenAI

client = OpenAI(base_url="https://api.mistral.ai/v1", api_key=os.environ["MISTRAL_API_KEY"])

try:
    response = client.chat.completions.create(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
        max_completion_tokens=256,  # OpenAI's names: Mistral refuses both
        store=False,
    )
    print(response.choices[0].message.content)
except openai.UnprocessableEntityError as error:
    print(error)  # only the status: the list of problems is in error.body
    print(error.status_code, error.body)
    for problem in error.body["detail"]:
        print(".".join(str(part) for part in problem["loc"]), "->", problem["msg"])
    sys.exit(1)
