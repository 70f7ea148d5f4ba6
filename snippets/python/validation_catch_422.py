import os
import sys

from mistralai.client import Mistral, errors

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

try:
    response = client.chat.complete(
        model="mistral-small-latest",
        messages=[{"role": "user", "content": "Say hello."}],
        temperature=2,  # the maximum is 1.5
        random_seed=-1,  # the minimum is 0
    )
    print(response.choices[0].message.content)
except errors.HTTPValidationError as error:
    # One entry per problem: loc is where it is in the JSON body, msg what is wrong there.
    problems = error.data.detail or []
    for problem in problems:
        print(".".join(str(part) for part in problem.loc), "->", problem.msg)
    if not problems:  # the older body wrapped the list in "message": show it as it came
        print(error.body)
    sys.exit(1)
