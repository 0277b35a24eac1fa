// Expands each RFC 6570 template of the JSON file named on the command line ([{ "template": "...", "vars": {...} }])
// with url-template (pinned in package.json), one JSON string per line on standard output, in the file's order.
// UriTemplateOracleTests holds each parameter style of the generated clients to what RFC 6570 expands.
import fs from 'node:fs';
import { parseTemplate } from 'url-template';

const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
for (const { template, vars } of cases) {
  process.stdout.write(JSON.stringify(parseTemplate(template).expand(vars)) + '\n');
}
