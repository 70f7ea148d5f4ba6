from mistralai.exceptions import MistralAPIException  # mistralai 0.x only
