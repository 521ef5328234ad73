// Test-only: validates every statement of an xAPI statements file (a JSON array) with Learning
// Locker's validator of the xAPI 1.0.3 specification. Prints one line per problem,
// "<index> <path>: <warning> (<offending value>)", then "checked N statements, M problems".
// Exit code: 0 when every statement is valid, 1 when one is not, 2 on a usage or read error.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate-xapi.js <statements.json>');
  process.exit(2);
}
let statements;
try {
  statements = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.error('cannot read ' + file + ': ' + e.message);
  process.exit(2);
}
if (!Array.isArray(statements)) {
  console.error(file + ' is not a JSON array');
  process.exit(2);
}
let problems = 0;
statements.forEach((statement, i) => {
  for (const w of validate(statement)) {
    problems++;
    const data = JSON.stringify(w.data);
    console.log(i + ' ' + w.path.join('.') + ': ' + (w.typeName || w.name || w.message) +
        ' (' + (data === undefined ? 'missing' : data.slice(0, 120)) + ')');
  }
});
console.log('checked ' + statements.length + ' statements, ' + problems + ' problems');
process.exit(problems === 0 ? 0 : 1);
