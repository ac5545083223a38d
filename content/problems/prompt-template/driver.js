// Renders the template; the two errors of the statement become values (class name and what
// they carry) so the tests can check them exactly. Any other exception fails the case.
exports.run = (renderTemplate, [template, vars]) => {
  try {
    return { text: renderTemplate(template, vars) };
  } catch (error) {
    const kind = error?.constructor?.name;
    if (kind === 'TemplateSyntaxError') return { error: kind, position: error.position, message: error.message };
    if (kind === 'MissingVariablesError') return { error: kind, missing: error.missing, message: error.message };
    throw error;
  }
};
