import { Mistral } from "@mistralai/mistralai";
import { HTTPValidationError } from "@mistralai/mistralai/models/errors";

const client = new Mistral({ apiKey: process.env["MISTRAL_API_KEY"] });

try {
  const response = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Say hello." }],
    temperature: 2, // the maximum is 1.5
    randomSeed: -1, // the minimum is 0
  });
  console.log(response.choices[0]?.message?.content);
} catch (error) {
  if (!(error instanceof HTTPValidationError)) throw error;
  // One entry per problem: loc is where it is in the JSON body, msg what is wrong there.
  const problems = error.detail ?? [];
  for (const problem of problems) {
    console.log(problem.loc.join("."), "->", problem.msg);
  }
  if (problems.length === 0) console.log(error.body); // the older body wrapped the list in "message"
  process.exit(1);
}
