package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bullet or lettered item inside a paragraph ("(a) strengthen information sharing …"), with the
 * decisions drawn from it.
 *
 * @param label the label as printed ("(a)", "i.", "•"); absent for an unmarked line
 * @param text the item exactly as printed
 * @param decisions the acts it records
 */
@BaliStyle
@Value.Builder
public record SubItem(Optional<@HasText String> label, @NotBlank String text, List<@Valid Decision> decisions) {

  /** Requires the text; the list is copied, absent optionals are empty. */
  public SubItem {
    label = Values.optional(label);
    Values.required(text, "SubItem", "text");
    decisions = Values.list(decisions, "SubItem", "decisions");
  }

  /** Builds a {@link SubItem}. */
  public static final class Builder extends SubItemBuilder {}
}
