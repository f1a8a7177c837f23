package org.pragma.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded protocol zip into study folders (each folder holding a study.yaml) with their files,
 * refusing archives whose content exceeds {@link #MAX_TOTAL_BYTES} so an upload cannot exhaust memory.
 */
final class ZipUpload {

  static final int MAX_TOTAL_BYTES = 5_000_000;

  private ZipUpload() {}

  /** Folder (relative to the zip root, "" for the root) to files keyed by path inside that folder. */
  static Map<String, Map<String, byte[]>> read(InputStream in) {
    Map<String, byte[]> all = new TreeMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.isDirectory() || entry.getName().contains("..")) {
          continue;
        }
        byte[] content = zip.readNBytes(MAX_TOTAL_BYTES + 1);
        total += content.length;
        if (total > MAX_TOTAL_BYTES) {
          throw new ProtocolUploadException("the zip holds more than " + MAX_TOTAL_BYTES + " bytes of files");
        }
        all.put(entry.getName().replace('\\', '/'), content);
      }
    } catch (IOException e) {
      throw new ProtocolUploadException("the upload is not a readable zip file (it is damaged, cut short or not a zip)");
    }
    return byStudyFolder(all);
  }

  private static Map<String, Map<String, byte[]>> byStudyFolder(Map<String, byte[]> all) {
    Map<String, Map<String, byte[]>> studies = new TreeMap<>();
    all.keySet().stream().filter(p -> p.equals("study.yaml") || p.endsWith("/study.yaml")).forEach(p -> {
      String folder = p.equals("study.yaml") ? "" : p.substring(0, p.length() - "/study.yaml".length());
      String prefix = folder.isEmpty() ? "" : folder + "/";
      Map<String, byte[]> files = new TreeMap<>();
      all.forEach((path, content) -> {
        if (path.startsWith(prefix)) {
          files.put(path.substring(prefix.length()), content);
        }
      });
      studies.put(folder, files);
    });
    if (studies.isEmpty()) {
      throw new ProtocolUploadException("the zip holds no study.yaml");
    }
    return studies;
  }
}
