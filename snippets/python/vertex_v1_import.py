import os

# mistralai 1.x code: MistralGoogleCloud from the separate module mistralai_gcp.
from mistralai_gcp import MistralGoogleCloud

client = MistralGoogleCloud(region=os.environ["GOOGLE_CLOUD_REGION"], project_id=os.environ["GOOGLE_CLOUD_PROJECT"])
