import json
import os
import tempfile
from pathlib import Path

from mistralai.client import Mistral

# The batch input: one JSON object per line, each with a custom_id and the request body.
path = Path(tempfile.mkdtemp()) / "requests.jsonl"
questions = ["What is the best French cheese?", "What is the best French wine?"]
with path.open("w") as out:
    for number, question in enumerate(questions):
        line = {"custom_id": str(number),
                "body": {"max_tokens": 100, "messages": [{"role": "user", "content": question}]}}
        out.write(json.dumps(line) + "\n")

client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
uploaded = client.files.upload(
    file={"file_name": path.name, "content": path.read_bytes()},
    purpose="batch",
)
print(f"file {uploaded.id}: {uploaded.filename}, {uploaded.num_lines} lines, purpose {uploaded.purpose}")

job = client.batch.jobs.create(
    input_files=[uploaded.id],
    model="mistral-small-latest",
    endpoint="/v1/chat/completions",
)
print(f"job {job.id}: {job.status}")
