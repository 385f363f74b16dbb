package org.sharedoutcomes.cli.report;

import org.apiguardian.api.API;

/**
 * Told how far a report has got, so that a command line can show a progress bar. Called from
 * the thread that builds the report; implementations need not be thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public interface ReportProgress {
  /** Progress that is not shown. */
  ReportProgress NONE = (task, done, total) -> { };

  /**
   * Reports progress.
   *
   * @param task what is being done ({@code "charts"})
   * @param done how many steps of the whole report are done
   * @param total how many steps the whole report has
   */
  void advanced(String task, long done, long total);
}
