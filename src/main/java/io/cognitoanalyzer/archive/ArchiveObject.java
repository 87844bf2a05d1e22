package io.cognitoanalyzer.archive;

import java.io.Serializable;

/** One object to decode: its URI as listed, its size, and what its key says. */
public record ArchiveObject(String uri, long size, KeyHints hints) implements Serializable {}
