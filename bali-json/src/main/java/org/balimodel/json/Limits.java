package org.balimodel.json;

/**
 * The limits that protect a service reading statement documents from hostile or accidental
 * oversized input; a document over any of them is refused with its own code
 * ({@code json.limit.*}), quickly, and without exhausting memory or stack.
 *
 * <p>The {@linkplain #defaults() defaults} are far above any real statement (the seed statement is
 * about 30 KiB, nests 12 levels deep and has a few thousand tokens) and far below what would hurt a
 * service. Change them with {@code Limits.defaults().toBuilder().maxDepth(32).build()} or
 * {@code Limits.builder()...build()}.
 *
 * @param maxDocumentBytes the largest document, in bytes (for {@code String} and {@code Reader}
 *     input, in characters); larger input is refused before it is read whole
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest property name, in characters
 * @param maxTokenCount the most tokens (brackets, names, values) in one document
 * @param maxIssues the most issues the reader reports about one document before it stops reading
 *     (issues of validation are not counted)
 */
public record Limits(
    long maxDocumentBytes,
    int maxDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    long maxTokenCount,
    int maxIssues) {

  private static final Limits DEFAULTS =
      new Limits(8L * 1024 * 1024, 64, 100_000, 20, 256, 1_000_000L, 1_000);

  /** Checks every limit is positive. */
  public Limits {
    positive(maxDocumentBytes, "maxDocumentBytes");
    positive(maxDepth, "maxDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxNameLength, "maxNameLength");
    positive(maxTokenCount, "maxTokenCount");
    positive(maxIssues, "maxIssues");
  }

  private static void positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
  }

  /**
   * The defaults: 8 MiB, depth 64, strings of 100,000 characters, numbers of 20 characters,
   * names of 256 characters, 1,000,000 tokens, 1,000 issues.
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link Limits}, starting from other limits. */
  public static final class Builder {
    private long maxDocumentBytes;
    private int maxDepth;
    private int maxStringLength;
    private int maxNumberLength;
    private int maxNameLength;
    private long maxTokenCount;
    private int maxIssues;

    private Builder(Limits from) {
      maxDocumentBytes = from.maxDocumentBytes;
      maxDepth = from.maxDepth;
      maxStringLength = from.maxStringLength;
      maxNumberLength = from.maxNumberLength;
      maxNameLength = from.maxNameLength;
      maxTokenCount = from.maxTokenCount;
      maxIssues = from.maxIssues;
    }

    /** See {@link Limits#maxDocumentBytes()}. */
    public Builder maxDocumentBytes(long value) {
      maxDocumentBytes = value;
      return this;
    }

    /** See {@link Limits#maxDepth()}. */
    public Builder maxDepth(int value) {
      maxDepth = value;
      return this;
    }

    /** See {@link Limits#maxStringLength()}. */
    public Builder maxStringLength(int value) {
      maxStringLength = value;
      return this;
    }

    /** See {@link Limits#maxNumberLength()}. */
    public Builder maxNumberLength(int value) {
      maxNumberLength = value;
      return this;
    }

    /** See {@link Limits#maxNameLength()}. */
    public Builder maxNameLength(int value) {
      maxNameLength = value;
      return this;
    }

    /** See {@link Limits#maxTokenCount()}. */
    public Builder maxTokenCount(long value) {
      maxTokenCount = value;
      return this;
    }

    /** See {@link Limits#maxIssues()}. */
    public Builder maxIssues(int value) {
      maxIssues = value;
      return this;
    }

    /** The limits; every one must be at least 1. */
    public Limits build() {
      return new Limits(
          maxDocumentBytes,
          maxDepth,
          maxStringLength,
          maxNumberLength,
          maxNameLength,
          maxTokenCount,
          maxIssues);
    }
  }
}
