// A TypeDoc plugin that documents the records inferred from the Zod schemas
// by name and field, as a reader of src/schema.ts sees them.
//
// `type Article = z.infer<typeof ArticleSchema>` names a type that Zod has
// already built, an anonymous `Readonly<{ … }>`. TypeScript attaches an
// alias only to a type that the alias declaration itself creates, so this
// type carries the name `Readonly`, not `Article`. TypeDoc converts most
// types from the checker rather than from the source: a type parameter's
// constraint, each member of a union such as `Article | undefined`, the
// element of `readonly Article[]`, every field of a record. Each of those
// printed the whole record, about sixty lines, where the source says
// `Article`.
//
// The records are marked `@interface`, so that TypeDoc gives each of them a
// page with one property per field and the field's doc comment. This plugin
// then does two things:
//
// - Before conversion, it names each such record's type after its alias, so
//   that wherever TypeDoc meets the type it prints a link to the record's
//   page: `T extends Article`, `date: DateInfo`, `readonly Mention[]`.
// - When a record's field is a nested object (`Readonly<{ … }>`, as
//   `source` or `name`), it shows that object's own fields, with their doc
//   comments and the readonly flag, under the field.
//
// Nothing is written by hand, so the pages cannot drift from the schemas.
import { Converter, ReferenceType, ReflectionFlag, ReflectionKind, ReflectionType } from 'typedoc';
import ts from 'typescript';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_BEGIN, (context) => {
    for (const program of context.programs) {
      nameRecordTypes(program);
    }
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Property) && isRecordField(context, reflection)) {
      // The "default value" TypeDoc finds is the field's schema, such as `= DateInfoSchema`; a type has none.
      reflection.defaultValue = undefined;
      reflection.type = unwrapReadonlyObject(reflection.type);
    }
  });
}

/**
 * Gives the type of each `@interface` type alias of the project the alias
 * as its name, where the type has no name of its own.
 *
 * TypeScript's API declares `aliasSymbol` read-only because the checker sets
 * it once, when it creates the type. Setting it here, on the program TypeDoc
 * documents, is safe: TypeDoc has type-checked the program before it
 * converts it, and from now on only reads types to print them. It changes
 * how the type is printed (`Article` rather than `Readonly<{ … }>`), not
 * what the type is.
 *
 * @param {ts.Program} program
 */
function nameRecordTypes(program) {
  const checker = program.getTypeChecker();
  for (const sourceFile of program.getSourceFiles()) {
    if (sourceFile.isDeclarationFile || program.isSourceFileFromExternalLibrary(sourceFile)) {
      continue;
    }
    for (const statement of sourceFile.statements) {
      if (!ts.isTypeAliasDeclaration(statement) || statement.typeParameters || !hasInterfaceTag(statement)) {
        continue;
      }
      const symbol = checker.getSymbolAtLocation(statement.name);
      const type = symbol && checker.getDeclaredTypeOfSymbol(symbol);
      if (type && type.aliasSymbol !== symbol && isAnonymousObject(type)) {
        Object.assign(type, { aliasSymbol: symbol, aliasTypeArguments: undefined });
      }
    }
  }
}

/** @param {ts.TypeAliasDeclaration} declaration */
function hasInterfaceTag(declaration) {
  return ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'interface');
}

/**
 * An object type that no declaration of its own names: a type literal, or an
 * instance of a mapped type such as `Readonly<{ … }>`.
 *
 * @param {ts.Type} type
 */
function isAnonymousObject(type) {
  return (
    (type.flags & ts.TypeFlags.Object) !== 0 &&
    /** @type {ts.ObjectType} */ (type.objectFlags & (ts.ObjectFlags.Anonymous | ts.ObjectFlags.Mapped)) !== 0
  );
}

/**
 * Whether a property is a field of a type alias converted as an interface
 * (`@interface`), or of an object nested in such a field.
 *
 * @param {import('typedoc').Context} context
 * @param {import('typedoc').Reflection} reflection
 */
function isRecordField(context, reflection) {
  const parent = reflection.parent;
  if (!parent) {
    return false;
  }
  if (parent.kindOf(ReflectionKind.TypeLiteral)) {
    return (
      parent.parent !== undefined &&
      parent.parent.kindOf(ReflectionKind.Property) &&
      isRecordField(context, parent.parent)
    );
  }
  return (
    parent.kindOf(ReflectionKind.Interface) &&
    (context
      .getSymbolFromReflection(parent)
      ?.declarations?.some((declaration) => ts.isTypeAliasDeclaration(declaration)) ??
      false)
  );
}

/**
 * `Readonly<{ a: A }>` as the object type `{ readonly a: A }`, whose fields
 * the page then lists with their comments; any other type as it is.
 *
 * @param {import('typedoc').SomeType | undefined} type
 * @returns {import('typedoc').SomeType | undefined}
 */
function unwrapReadonlyObject(type) {
  const [target] =
    type instanceof ReferenceType && type.package === 'typescript' && type.name === 'Readonly'
      ? (type.typeArguments ?? [])
      : [];
  if (!(target instanceof ReflectionType) || target.declaration.signatures || target.declaration.indexSignatures) {
    return type;
  }
  for (const child of target.declaration.children ?? []) {
    child.setFlag(ReflectionFlag.Readonly, true);
  }
  return target;
}
