/**
 * The Bali Process domain model, its canonical register, and validation.
 *
 * <p>{@link org.balimodel.core.model} holds the records of the model and their builders,
 * {@link org.balimodel.core.register} the canonical register, {@link org.balimodel.core.validation}
 * the validator and its report, {@link org.balimodel.core.compare} the comparison of two statements.
 */
module org.balimodel.core {
  // Immutables generates the builders at compile time; nothing of it is needed at run time.
  requires static org.immutables.value;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // To silence Hibernate Validator's version notice, which it logs through JUL by default.
  requires java.logging;

  exports org.balimodel.core.model;
  exports org.balimodel.core.register;
  exports org.balimodel.core.validation;
  exports org.balimodel.core.text;
  exports org.balimodel.core.compare;
  // The wire shape is shared by the JSON bindings only; it is not API.
  exports org.balimodel.core.wire to
      org.balimodel.json,
      org.balimodel.jackson3;

  // Hibernate Validator reads the record fields reflectively to check their constraints.
  opens org.balimodel.core.model to org.hibernate.validator;
  opens org.balimodel.core.register to org.hibernate.validator;
}
