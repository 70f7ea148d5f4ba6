import os

from mistralai.client import Mistral
from pydantic import BaseModel

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


class CityFact(BaseModel):
    city: str
    has_metro: bool


# chat.parse builds the json_schema from the model, sends it, and parses the answer into it.
response = client.chat.parse(
    response_format=CityFact,
    model="mistral-small-latest",
    messages=[{"role": "user", "content": "Answer in JSON: does Paris have a metro?"}],
)
fact = response.choices[0].message.parsed
print(repr(fact))
print(fact.city, fact.has_metro)
