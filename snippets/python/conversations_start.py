import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

# Start a conversation: a model (or an agent_id) and the first inputs.
response = client.beta.conversations.start(
    model="mistral-medium-latest",
    inputs="Name one French cheese.",
)
print(response.outputs[0].content)

# Continue it: only the new inputs, and the conversation_id the API gave you.
response = client.beta.conversations.append(
    conversation_id=response.conversation_id,
    inputs="And one from Italy?",
)
print(response.outputs[0].content)
