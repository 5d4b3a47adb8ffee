/**
 * The membership context: applications through the public join form (e-mail verification, review by
 * the chosen custodian's managers), members (persons or organisations, class, status with a dated
 * history, a number per custodian) and organisations' representatives.
 *
 * <p>Owns the tables {@code membership_application}, {@code membership_member}, {@code
 * membership_status_change}, {@code membership_representative} and {@code
 * membership_number_counter}. Public surface: the services in {@code membership.service}. Depends
 * on {@code platform}, {@code audit}, {@code identity} and {@code custodian}.
 */
package coop.spokes.membership;
