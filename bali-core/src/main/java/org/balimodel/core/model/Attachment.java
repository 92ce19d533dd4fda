package org.balimodel.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An attachment or annex a statement names ("Attachment A: Bali Declaration"), with the instrument
 * or framework it is, where the statement defines or the register holds one.
 *
 * @param label the label as printed ("Attachment A", "Annex 1")
 * @param title its title as printed
 * @param instrument the instrument it is, by identifier
 * @param framework the framework it is, by identifier
 */
@BaliStyle
@Value.Builder
public record Attachment(
    @NotBlank String label, Optional<@HasText String> title, Optional<String> instrument, Optional<String> framework) {

  /** Requires the label; absent optionals are empty. */
  public Attachment {
    Values.required(label, "Attachment", "label");
    title = Values.optional(title);
    instrument = Values.optional(instrument);
    framework = Values.optional(framework);
  }

  /** Builds an {@link Attachment}. */
  public static final class Builder extends AttachmentBuilder {}
}
