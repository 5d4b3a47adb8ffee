package coop.spokes.transparency.service;

import java.io.Serializable;

/**
 * A custodian someone may submit an expense to, with its currency (the form's default), and whether
 * they are its treasurer (who may also record an invoice to another payee).
 */
public record CustodianChoice(long id, String name, String currency, boolean treasurer)
    implements Serializable {}
