import asyncio
import os

from mistralai.client import Mistral


async def main() -> None:
    async with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as client:
        stream = client.chat.stream_async(  # missing: await
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Say hello."}],
        )
        async for event in stream:
            print(event.data.choices[0].delta.content, end="")


asyncio.run(main())
