package coop.spokes.identity.service;

/**
 * The signed-in user's second factor as their page shows it.
 *
 * @param allowed whether they may set one up (administrators and treasurers)
 * @param enabled whether it is on
 * @param recoveryCodesLeft unused recovery codes (0 when off)
 * @param required whether the admins' setting requires it of them
 */
public record SecondFactorStatus(
    boolean allowed, boolean enabled, int recoveryCodesLeft, boolean required) {}
