package org.balimodel.core.model;

/** What kind of organisation outside the Bali Process a partner is. */
public enum PartnerKind {
  /** A regional intergovernmental organisation, such as ASEAN. */
  REGIONAL_ORGANISATION,
  /** A regional consultative process on migration: the Budapest Process, the Colombo Process, the Abu Dhabi Dialogue. */
  REGIONAL_CONSULTATIVE_PROCESS,
  /** A training or research institution, such as JCLEC or UNITAR CIFAL Jeju. */
  TRAINING_INSTITUTION,
  /** A private-sector company or association. */
  PRIVATE_SECTOR,
  /** Civil society: a non-governmental organisation or academic group. */
  CIVIL_SOCIETY,
  /** Any other organisation. */
  OTHER
}
