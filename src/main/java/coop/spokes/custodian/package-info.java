/**
 * The custodian context: the member co-ops that hold members' money and answer for them in their
 * jurisdiction (country or subdivision, currency, languages, theme, contact), and their managers.
 *
 * <p>Owns the table {@code custodian_coop}; managers are role grants kept by {@code identity}
 * (CUSTODIAN_MANAGER scoped to a custodian). Public surface: {@link
 * coop.spokes.custodian.service.CustodianService}. Implements the platform's theme resolver and
 * contributes admin menu entries. Depends on {@code platform}, {@code audit} and {@code identity}.
 */
package coop.spokes.custodian;
