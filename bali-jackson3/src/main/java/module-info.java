/**
 * The bali wire format for Jackson 3 ({@code tools.jackson}):
 * {@link org.balimodel.jackson3.BaliJacksonModule}, the {@code JacksonModule} that lets a Jackson 3
 * {@code JsonMapper} (and so Spring Boot 4) read and write every type of the bali model exactly as
 * the Jackson 2 module of {@code bali-json} does. It needs no Jackson 2.
 */
module org.balimodel.jackson3 {
  requires transitive org.balimodel.core;
  // BaliJacksonModule extends databind's JacksonModule, so users of this module see databind too.
  requires transitive tools.jackson.databind;
  requires transitive tools.jackson.core;

  exports org.balimodel.jackson3;

  provides tools.jackson.databind.JacksonModule with
      org.balimodel.jackson3.BaliJacksonModule;
}
