// A TypeDoc plugin for the Zod schemas' inferred types.
//
// `z.enum(['person', 'event'])` has the type `ZodEnum<{ person: 'person'; event: 'event' }>`,
// and TypeDoc lists that map's members as properties. They are Zod's
// machinery, not ours, and no comment can be written on them, so
// `validation.notDocumented` would fail on each. This plugin gives such a
// member — a property of an anonymous type whose type is the string literal
// of its own name — the one-line comment it would have had, and leaves every
// other property to the validator.
import { Comment, Converter, LiteralType, ReferenceType, ReflectionKind } from 'typedoc';

/** Whether `type` is Zod's `ZodEnum<…>`. */
const isZodEnum = (type) => type instanceof ReferenceType && type.name === 'ZodEnum' && type.package === 'zod';

/** The Zod wrappers that keep their schema's members: an optional, readonly or nullable enum is still an enum. */
const WRAPPERS = new Set(['ZodOptional', 'ZodExactOptional', 'ZodReadonly', 'ZodNullable']);
const isZodWrapper = (type) => type instanceof ReferenceType && WRAPPERS.has(type.name) && type.package === 'zod';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      const owner = reflection.parent?.parent;
      // Deep in a schema, TypeDoc cuts the member's type short (`...`); the map is still ZodEnum's,
      // directly or inside a wrapper such as `.exactOptional()` (`ZodExactOptional<ZodEnum<…>>`).
      const inZodEnum =
        isZodEnum(owner?.type) || (isZodWrapper(owner?.type) && isZodEnum(owner.type.typeArguments?.[0]));
      const isEnumMember =
        reflection.parent?.kindOf(ReflectionKind.TypeLiteral) &&
        ((reflection.type instanceof LiteralType && reflection.type.value === reflection.name) || inZodEnum);
      if (isEnumMember && !reflection.hasComment()) {
        reflection.comment = new Comment([{ kind: 'text', text: `The enum value \`'${reflection.name}'\`.` }]);
      }
    }
  });
}
