// Runs before every npm script that needs Astro. Plain CommonJS with no modern syntax, so that even
// an old Node can run it and say clearly what is wrong instead of failing deep inside Astro.
var required = [22, 12];

/** The message for a Node version too old for Astro 7, or null when `version` (e.g. '20.20.2') is fine. */
function nodeVersionProblem(version, execPath) {
  var parts = version.split('.').map(Number);
  if (parts[0] > required[0] || (parts[0] === required[0] && parts[1] >= required[1])) return null;
  return (
    'Polyhelp needs Node >= ' +
    required.join('.') +
    ', but this script runs on Node ' +
    version +
    ' (' +
    execPath +
    ').\n' +
    'The project pins Node 22 as the devDependency "node", whose install script puts it first on the PATH of npm scripts.\n' +
    'Fix: run `npm ci` (without --ignore-scripts), then run the command again through npm (`npm start`, `npm test`).'
  );
}

module.exports = { nodeVersionProblem: nodeVersionProblem };

if (require.main === module) {
  var problem = nodeVersionProblem(process.versions.node, process.execPath);
  if (problem) {
    console.error('\n' + problem + '\n');
    process.exit(1);
  }
}
