package org.balimodel.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one place where bali configures how Immutables generates the builders of its records.
 *
 * <p>Every value type of the model is a Java record annotated with {@code @BaliStyle} and
 * {@code @Value.Builder}; this meta-annotation carries the settings so that all builders behave
 * alike. Each setting is explained where it is made.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
// Only the annotation processor reads it, in this module's own compilation: kept out of the class
// files, it cannot leak into users' Javadoc (which warned about its unknown enum constants).
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    // Builders must never pull Guava (or any collection library) into a user's classpath, even when
    // Guava happens to be present at compile time: the model uses java.util collections only.
    jdkOnly = true,
    // Only @Override may be copied from the classpath onto generated code. Otherwise Immutables adds
    // @javax.annotation.processing.Generated (module java.compiler) or jsr305 annotations, which
    // would force extra `requires` on every user of the module.
    allowedClasspathAnnotations = {Override.class},
    // Builders read like the domain: addParticipant(..), addCoChair(..), addPriority(..) for the
    // list components participants, coChairs, priorities. The dictionary covers English plurals that
    // are not formed by a trailing "s".
    depluralize = true,
    depluralizeDictionary = {
      "priority:priorities",
      "body:bodies",
      "alias:aliases",
      "subsection:subsections",
      "initiative:initiatives",
      "status:statuses"
    },
    // A builder that is missing a required component fails with a message naming every missing
    // component at once, instead of failing on the first.
    strictBuilder = false,
    // Generated builders are package-private: users build with the nested, public `Builder` of each
    // record, which the generated `XxxBuilder` only serves as a superclass. Its public methods stay
    // callable through that subclass (they return the nested type), while `new XxxBuilder()` no
    // longer compiles outside the package.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
public @interface BaliStyle {}
