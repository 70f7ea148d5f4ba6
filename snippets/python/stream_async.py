import asyncio
import os

from mistralai.client import Mistral


async def main() -> None:
    async with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as client:
        # Await the call first: it returns the stream once the answer has started.
        stream = await client.chat.stream_async(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": "Say hello."}],
        )
        async with stream:
            async for event in stream:
                content = event.data.choices[0].delta.content
                if isinstance(content, str):
                    print(content, end="", flush=True)
        print()


asyncio.run(main())
