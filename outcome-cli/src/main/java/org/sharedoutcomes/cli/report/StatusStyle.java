package org.sharedoutcomes.cli.report;

import java.util.Locale;
import org.sharedoutcomes.core.progress.ProgressStatus;

/**
 * One place for how a derived status looks: its words, its fill and the text colour on that
 * fill (every pair at least 4.5:1, WCAG AA). The graph, the charts and the tables use it.
 */
final class StatusStyle {
  private StatusStyle() {}

  static String label(ProgressStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A CSS class name for a status, {@code st-on-track}. */
  static String cssClass(ProgressStatus status) {
    return "st-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String fill(ProgressStatus status) {
    return switch (status) {
      case ACHIEVED -> "#1a7f37";
      case ON_TRACK -> "#b7e4c7";
      case AT_RISK -> "#fcd34d";
      case OFF_TRACK -> "#c62828";
      case NO_DATA -> "#e5e7eb";
      case NOT_YET_DUE -> "#dbeafe";
    };
  }

  static String text(ProgressStatus status) {
    return status == ProgressStatus.ACHIEVED || status == ProgressStatus.OFF_TRACK
        ? "#ffffff" : "#111827";
  }
}
