/**
 * The JSON wire format of Bali Process statements: {@link org.balimodel.json.BaliJson}, a hardened
 * reader and deterministic writer that returns a statement and one report of everything wrong, and
 * {@link org.balimodel.json.BaliModule}, the Jackson module for applications with their own
 * {@code ObjectMapper}. The JSON Schema of a statement document ships as
 * {@code org/balimodel/json/statement-1.schema.json}, readable from any module
 * because its package is open.
 */
module org.balimodel.json {
  requires transitive org.balimodel.core;
  // BaliModule extends databind's Module, so users of this module see databind (and core) too.
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.core;

  exports org.balimodel.json;
  // Opened so that the schema it holds, statement-1.schema.json, can be read as a resource from
  // outside this module: a module's resources in a package that is not open are encapsulated, and
  // getResourceAsStream then returns null on the module path.
  opens org.balimodel.json;

  provides com.fasterxml.jackson.databind.Module with
      org.balimodel.json.BaliModule;
}
