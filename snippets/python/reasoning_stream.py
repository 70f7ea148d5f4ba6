import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
thinking, answer = [], []
with client.chat.stream(
    model="mistral-medium-latest",
    reasoning_effort="high",
    messages=[{"role": "user", "content": "Say hello."}],
) as stream:
    for event in stream:
        delta = event.data.choices[0].delta
        if isinstance(delta.content, str):  # answer text
            answer.append(delta.content)
        elif delta.content:  # a list of chunks: thinking, or text
            for chunk in delta.content:
                if chunk.type == "thinking":
                    thinking += [part.text for part in chunk.thinking if part.type == "text"]
                elif chunk.type == "text":
                    answer.append(chunk.text)
print("Thinking:", "".join(thinking))
print("Answer:", "".join(answer))
