/**
 * Contributions: each custodian's fiscal year and suggested contributions (per class, kind and
 * solidarity band), the money members pay through their custodian (recorded or imported, corrected
 * only by reversals, with gap-free receipts), the valuation of validated hours and resources, and
 * each member's standing for a year.
 */
package coop.spokes.contribution;
