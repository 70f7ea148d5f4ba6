from mistralai.models.chat_completion import ChatMessage  # mistralai 0.x only

messages = [ChatMessage(role="user", content="Say hello.")]
