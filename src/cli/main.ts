import { runCli } from './program';
import { readSecretFromStdin } from './secret-input';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  stderrIsTerminal: process.stderr.isTTY === true,
  readSecret: readSecretFromStdin,
});
process.exitCode = code;
