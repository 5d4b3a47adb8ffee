package coop.spokes.transparency.service;

import java.io.Serializable;
import java.math.BigDecimal;

/** A category's budget for a custodian's fiscal year (null when none was set). */
public record BudgetLine(String categoryCode, BigDecimal amount) implements Serializable {}
