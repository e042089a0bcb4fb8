package nl.procesevaluatie.inbox;

import java.nio.file.Path;

/**
 * One file of the inbox as read for one dataset or instrument ({@code dataset} is registrations,
 * sessions or the instrument id). {@code duplicate} is set when an earlier file in load order of the
 * same dataset has the same content (details.md rule 4).
 */
public record InboxFile(String dataset, Path path, String name, String sha256, long size, boolean duplicate) {}
