package coop.spokes.platform.security;

import java.util.List;
import java.util.Optional;

/**
 * Names the records of one scope type for people (e.g. custodian 3 is "Érable (QC)"), so pages that
 * grant roles can offer choices. Implemented by the context that owns those records and discovered
 * by CDI.
 */
public interface ScopeDirectory {

  ScopeType type();

  /** Every record a grant of this type can be scoped to, as (id, label). */
  List<ScopeChoice> choices();

  /** The label of one record, if it exists. */
  Optional<String> label(long id);

  /** One record a grant can be scoped to. */
  record ScopeChoice(long id, String label) implements java.io.Serializable {}
}
