/**
 * The assembly tally: plain Java with no container dependency, so that the server and the recount
 * command ({@code spokes-cli.jar recount}) count with the same classes, and anyone can recount a
 * published result. Every figure is an exact {@link coop.spokes.assembly.tally.Fraction}; nothing
 * is rounded until it is shown.
 */
package coop.spokes.assembly.tally;
