package coop.spokes.transparency.service;

import java.io.Serializable;

/** A receipt file as lists show it: its name, checked media type and size. */
public record ReceiptRow(long id, String fileName, String mediaType, int sizeBytes)
    implements Serializable {}
