import os

from mistralai.client import Mistral

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])


def tool(name: str, description: str) -> dict:
    parameters = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    return {"type": "function", "function": {"name": name, "description": description, "parameters": parameters}}


tools = [tool("get_weather", "Get the current weather for a city"), tool("get_time", "Get the local time in a city")]
messages = [{"role": "user", "content": "What's the weather in Paris?"}]
choices = {
    "auto": "auto",  # the default: the model decides
    "any": "any",  # a tool call, whichever tool
    "none": "none",  # no tool call
    "get_time": {"type": "function", "function": {"name": "get_time"}},  # this tool
}
for label, tool_choice in choices.items():
    choice = client.chat.complete(model="mistral-small-latest", messages=messages, tools=tools,
                                  tool_choice=tool_choice, parallel_tool_calls=False).choices[0]  # one call at most
    calls = [f"{c.function.name} {c.function.arguments}" for c in choice.message.tool_calls or []]
    print(f"{label:8} -> {choice.finish_reason}: {'; '.join(calls) or choice.message.content}")
