package org.balimodel.core.model;

/** What kind of participant a member of the Bali Process is. */
public enum MemberKind {
  /** A state, or a territory that takes part in its own name (Hong Kong SAR, Macau SAR); its identifier is its ISO 3166-1 alpha-3 code. */
  STATE_OR_TERRITORY,
  /** An international organisation (IOM, UNHCR, UNODC, ILO); its identifier is its acronym. */
  INTERNATIONAL_ORGANISATION
}
