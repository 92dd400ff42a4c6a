// Runs before every npm script that needs Astro. Plain CommonJS with no modern syntax, so that even
// an old Node can run it and say clearly what is wrong instead of failing deep inside Astro.
var required = [22, 12];
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > required[0] || (parts[0] === required[0] && parts[1] >= required[1]);
if (!ok) {
  console.error(
    '\nPolyhelp needs Node >= ' + required.join('.') + ', but this script runs on Node ' + process.versions.node + ' (' + process.execPath + ').\n' +
    'The project pins Node 22 as the devDependency "node", whose install script puts it first on the PATH of npm scripts.\n' +
    'Fix: run `npm ci` (without --ignore-scripts), then run the command again through npm (`npm start`, `npm test`).\n'
  );
  process.exit(1);
}
