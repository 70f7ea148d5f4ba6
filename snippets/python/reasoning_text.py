import os

from mistralai.client import Mistral


def answer_text(content) -> str:
    """The answer in a message's content: a string, or (reasoning models) a list of chunks."""
    if content is None or isinstance(content, str):
        return content or ""
    return "".join(chunk.text for chunk in content if chunk.type == "text")


def thinking_text(content) -> str:
    """The model's reasoning, if the content has any: the text inside its thinking chunks."""
    if content is None or isinstance(content, str):
        return ""
    return "".join(part.text for chunk in content if chunk.type == "thinking"
                   for part in chunk.thinking if part.type == "text")


client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
response = client.chat.complete(
    model="mistral-medium-latest",
    reasoning_effort="high",
    messages=[{"role": "user", "content": "Say hello."}],
)
message = response.choices[0].message
print("Thinking:", thinking_text(message.content))
print("Answer:", answer_text(message.content))
