// Prints each YAML document named on the command line as js-yaml 4 reads it (its default schema, which merges `<<`
// keys), one JSON line per file: the reading YamlMergeKeyTests checks the spec reader's against.
'use strict';
const fs = require('fs');
const yaml = require('js-yaml');
for (const file of process.argv.slice(2)) {
  process.stdout.write(JSON.stringify(yaml.load(fs.readFileSync(file, 'utf8'))) + '\n');
}
