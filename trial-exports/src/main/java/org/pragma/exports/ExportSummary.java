package org.pragma.exports;

import java.util.List;
import java.util.Map;

/** What an export wrote: the files with their hashes, the rows per dataset, and the manifest. */
public record ExportSummary(List<ExportedFile> files, Map<String, Long> rows, String manifest) {}
