import { strict as assert } from 'node:assert';
import Ajv from 'ajv';
import { cardDeckSchema, categoriesSchema, designSchema, problemSchema } from '../../src/core/catalog/schemas';
import { schemaValidator } from '../../src/core/schemaValidator';

describe('schema validators', () => {
  it('compile on first use, not when created (start-up pays only for what it checks)', () => {
    // Ajv refuses an unknown keyword when it compiles: creating the validator must not.
    const broken = schemaValidator({ type: 'object', notAKeyword: true });
    assert.throws(() => broken({}), /unknown keyword/);
  });

  it('say why the last value failed, and clear that once a value passes', () => {
    const validate = schemaValidator<{ n: number }>({ type: 'object', required: ['n'], properties: { n: { type: 'number' } } });
    assert.equal(validate({ n: 'one' }), false);
    assert.equal(validate.errors?.[0]?.instancePath, '/n');
    assert.equal(validate({}), false);
    assert.match(validate.errors?.[0]?.message ?? '', /must have required property 'n'/);
    assert.equal(validate({ n: 1 }), true);
    assert.equal(validate.errors, null);
  });

  it('hold the content schemas to Ajv strict mode, which catches a mistyped or untyped rule in them', () => {
    const strict = new Ajv({ strict: true });
    for (const schema of [categoriesSchema, problemSchema, designSchema, cardDeckSchema]) assert.doesNotThrow(() => strict.compile(schema));
  });
});
