package org.sharedoutcomes.iati;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sharedoutcomes.iati.LossReport.Disposition;
import org.sharedoutcomes.iati.LossReport.Location;
import org.sharedoutcomes.iati.internal.XmlNode;

/** Gathers a {@link LossReport}, bounded: exact counts, the first locations only. */
final class ReportCollector {
  private static final int FIRST_LOCATIONS = 3;
  private static final String OTHER_PATHS = "(other paths)";

  private record Key(String path, Disposition disposition, String note) {}

  private static final class Acc {
    final String note;
    long count;
    final List<Location> first = new ArrayList<>(FIRST_LOCATIONS);

    Acc(String note) {
      this.note = note;
    }
  }

  private final List<String> sources = new ArrayList<>();
  private final int maxListed;
  private final Map<Key, Acc> losses = new LinkedHashMap<>();
  private final List<LossReport.MalformedActivity> malformed = new ArrayList<>();
  private long malformedCount;
  private final List<LossReport.Warning> warnings = new ArrayList<>();
  private final Map<String, Long> warningCounts = new TreeMap<>();
  private long activities;

  ReportCollector(int maxListed) {
    this.maxListed = maxListed;
  }

  void source(String name) {
    sources.add(name);
  }

  void loss(Disposition d, String indexedPath, int line, String activity, String note) {
    String generic = XmlNode.genericPath(indexedPath);
    Key key = new Key(generic, d, note);
    Acc acc = losses.get(key);
    if (acc == null) {
      if (losses.size() >= maxListed) {
        // unbounded distinct paths (an attack, or a huge extension) are counted together
        key = new Key(OTHER_PATHS, d, "");
        acc = losses.computeIfAbsent(key, k -> new Acc("more distinct paths than listed"));
      } else {
        acc = new Acc(note);
        losses.put(key, acc);
      }
    }
    acc.count++;
    if (acc.first.size() < FIRST_LOCATIONS) {
      acc.first.add(new Location(line, indexedPath, activity));
    }
  }

  void malformed(String identifier, int line, String reason) {
    malformedCount++;
    if (malformed.size() < maxListed) {
      malformed.add(new LossReport.MalformedActivity(identifier, line, reason));
    }
  }

  void warning(String code, Location where, String message) {
    warningCounts.merge(code, 1L, Long::sum);
    if (warnings.size() < maxListed) {
      warnings.add(new LossReport.Warning(code, where, message));
    }
  }

  void activityRead() {
    activities++;
  }

  /** An activity read, then refused as a duplicate: malformed, not read. */
  void duplicate(String identifier, int line, String reason) {
    activities--;
    malformed(identifier, line, reason);
  }

  LossReport snapshot() {
    List<LossReport.Loss> out = new ArrayList<>();
    losses.forEach((k, a) -> out.add(
        new LossReport.Loss(k.path(), k.disposition(), a.note, a.count, a.first)));
    out.sort(Comparator.comparing(LossReport.Loss::path)
        .thenComparing(LossReport.Loss::disposition).thenComparing(LossReport.Loss::note));
    return new LossReport(String.join(", ", sources), activities, out, malformed,
        malformedCount, warnings, warningCounts);
  }
}
