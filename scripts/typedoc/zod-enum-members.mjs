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

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      const owner = reflection.parent?.parent;
      // Deep in a schema, TypeDoc cuts the member's type short (`...`); the map is still ZodEnum's.
      const inZodEnum =
        owner?.type instanceof ReferenceType && owner.type.name === 'ZodEnum' && owner.type.package === 'zod';
      const isEnumMember =
        reflection.parent?.kindOf(ReflectionKind.TypeLiteral) &&
        ((reflection.type instanceof LiteralType && reflection.type.value === reflection.name) || inZodEnum);
      if (isEnumMember && !reflection.hasComment()) {
        reflection.comment = new Comment([{ kind: 'text', text: `The enum value \`'${reflection.name}'\`.` }]);
      }
    }
  });
}
