/**
 * What a solution process may see of the environment. Solutions are code pasted from
 * anywhere, so they get only what the interpreters need to start and find their libraries
 * (PATH, HOME, locale, temp, a Python virtual environment), never the API keys and tokens
 * VS Code or the CLI were started with.
 */
const PASSED = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TMPDIR',
  'TMP',
  'TEMP',
  // Python: a virtual environment or conda interpreter chosen in aiInterviewStudio.pythonPath.
  'VIRTUAL_ENV',
  'CONDA_PREFIX',
  'PYTHONHOME',
  'PYTHONPATH',
  // Windows: processes do not start without these.
  'SYSTEMROOT',
  'SYSTEMDRIVE',
  'WINDIR',
  'COMSPEC',
  'PATHEXT',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
]);

const passes = (name: string) => PASSED.has(name.toUpperCase()) || /^LC_/i.test(name);

/** The minimal environment for a solution process, plus the runner's own variables. */
export function solutionEnv(parent: NodeJS.ProcessEnv, own: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) if (value !== undefined && passes(name)) env[name] = value;
  return { ...env, ...own };
}

/**
 * The same for a debug launch, which adds to the debugger's environment: every other
 * inherited variable is set to null, which the JavaScript debugger treats as unset.
 */
export function debugSolutionEnv(parent: NodeJS.ProcessEnv, own: Record<string, string>): Record<string, string | null> {
  const unset = Object.fromEntries(Object.keys(parent).flatMap((name) => (passes(name) ? [] : [[name, null] as const])));
  return { ...unset, ...solutionEnv(parent, own) };
}
