// Prints the conformance figure: vanilla scenarios the AutoRest test server saw answered correctly / all vanilla scenarios.
// Usage (after `dotnet test`): node coverage.js [coverage directory] [--list]
// The default directory is where the test run's server wrote its report (bin/Debug/net10.0/testserver-coverage).
"use strict";
const fs = require("fs");
const path = require("path");

const args = process.argv.slice(2);
const list = args.includes("--list");
const directory = args.find((a) => !a.startsWith("--")) ?? path.join(__dirname, "bin", "Debug", "net10.0", "testserver-coverage");
const file = path.join(directory, "report-vanilla.json");
if (!fs.existsSync(file)) {
  console.error(`${file} not found: run the conformance tests first (dotnet test).`);
  process.exit(1);
}

const report = JSON.parse(fs.readFileSync(file, "utf8"));
// The denominator is the scenario list the package publishes: the run's report also gains names (Optional*) that the
// server adds only when they are hit.
const published = path.join(__dirname, "node_modules", "@microsoft.azure", "autorest.testserver", "coverage", "report-vanilla.json");
const names = Object.keys(JSON.parse(fs.readFileSync(published, "utf8")));
const hit = names.filter((name) => report[name] > 0);
const percent = ((100 * hit.length) / names.length).toFixed(1);
console.log(`${hit.length} / ${names.length} vanilla scenarios hit correctly (${percent}%)`);
if (list) {
  for (const name of names.filter((n) => !(report[n] > 0)).sort()) {
    console.log(`  missed: ${name}`);
  }
}
