// Prints each YAML document named on the command line as js-yaml 4 reads it, one JSON line per file: the reading
// YamlMergeKeyTests checks the spec reader's against. The schema is js-yaml's core schema (YAML 1.2's) with YAML 1.1's
// merge key, as its default schema has it; the default schema's timestamps are left out, since a spec's unquoted date
// is a string to every OpenAPI reader (js-yaml's default makes it a Date, which JSON writes with a time).
'use strict';
const fs = require('fs');
const yaml = require('js-yaml');
const schema = yaml.CORE_SCHEMA.extend({ implicit: [yaml.types.merge] });
for (const file of process.argv.slice(2)) {
  let line;
  try {
    line = JSON.stringify(yaml.load(fs.readFileSync(file, 'utf8'), { schema }));
  } catch (error) {
    line = JSON.stringify({ jsYamlError: String(error.message).split('\n')[0] });
  }
  process.stdout.write(line + '\n');
}
