// Converts each Swagger 2.0 document named after the output folder to OpenAPI 3.0 with swagger2openapi (pinned in
// package.json; the converter the APIs.guru directory's 3.0 documents were made with), patching what it can and
// warning rather than refusing, and writes it as JSON into that folder; one line per document on standard output:
// the path written, or "error: " and what stopped it. Swagger2ConverterOracleTests compares the clients of both.
'use strict';
const fs = require('fs');
const path = require('path');
const converter = require('swagger2openapi');

const [out, ...files] = process.argv.slice(2);
(async () => {
  for (let i = 0; i < files.length; i++) {
    const target = path.join(out, i + '.json');
    try {
      const result = await converter.convertFile(files[i], { patch: true, warnOnly: true });
      fs.writeFileSync(target, JSON.stringify(result.openapi, null, 2));
      process.stdout.write(target + '\n');
    } catch (error) {
      process.stdout.write('error: ' + String(error && error.message).split('\n')[0] + '\n');
    }
  }
})();
