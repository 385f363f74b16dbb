package org.sharedoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium renders it, and the tests read the
 * rendered DOM, the console log and screenshots (kept in {@code target/screenshots}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private Path dir;
  private Chromium chromium;
  private Path page;
  private Chromium.Output rendered;

  @BeforeAll
  void render(@TempDir Path tmp) throws IOException, InterruptedException {
    dir = tmp;
    chromium = Chromium.require(dir);
    OutcomeCliTest.Run r = OutcomeCliTest.run("report", "--out", dir.resolve("out").toString());
    assertEquals(0, r.code(), r.err());
    page = dir.resolve("out/report.html");
    rendered = chromium.dumpDom(page);
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void rendersEverySectionOfTheReport() {
    for (String id : List.of("glance", "checks", "commitments", "progress", "stocktake",
        "graph", "centralization", "credit", "details", "files")) {
      assertTrue(rendered.stdout().contains("<section id=\"" + id + "\""), id);
    }
  }

  @Test
  void logsNothingOnTheConsole() {
    assertEquals(List.of(), rendered.console());
  }

  @Test
  void detectsAConsoleErrorWhenThereIsOne() throws IOException, InterruptedException {
    // the check above can fail: a page with a script error is caught
    Path bad = dir.resolve("bad.html");
    Files.writeString(bad, "<!DOCTYPE html><html><body><p>x</p><script>"
        + "console.error('boom'); undefinedFunction();</script></body></html>");
    List<String> console = chromium.dumpDom(bad).console();
    assertTrue(console.stream().anyMatch(l -> l.contains("boom")), console.toString());
    assertTrue(console.stream().anyMatch(l -> l.contains("undefinedFunction")),
        console.toString());
  }

  @Test
  void drawsANodePerAgencyAndCommitmentInTheGraph() {
    String dom = rendered.stdout();
    int graph = dom.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\"");
    assertTrue(graph >= 0, "graph svg present");
    String svg = dom.substring(graph, dom.indexOf("</svg>", graph));
    assertEquals(6, count(svg, "<g class=\"node agency[^\"]*\" data-id=\"agency:"));
    assertEquals(12, count(svg, "<g class=\"node commitment\" data-id=\"commitment:"));
  }

  @Test
  void makesTheTablesSortableWhenScriptsRun() {
    // the script replaced each sortable header's text with a button
    assertTrue(count(rendered.stdout(), "<th scope=\"col\"[^>]*><button type=\"button\"") > 20,
        "sort buttons");
  }

  @Test
  void takesScreenshotsOfTheFirstScreenAndTheGraph() throws IOException, InterruptedException {
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    // the graph as the report draws it, alone on a page of the window's size
    Path graph = dir.resolve("out/graph.html");
    Files.writeString(graph, "<!DOCTYPE html><html><body style=\"margin:0;background:#fff\">"
        + "<img alt=\"accountability graph\" src=\"accountability.svg\""
        + " style=\"display:block;max-width:100vw;max-height:100vh;margin:auto\"></body></html>");
    for (Object[] s : new Object[][] {{page, "report-first-screen.png"},
        {graph, "report-graph.png"}}) {
      Path png = shots.resolve((String) s[1]);
      Files.deleteIfExists(png);
      chromium.screenshot((Path) s[0], "", png.toAbsolutePath(), 1280, 800);
      assertTrue(Files.size(png) > 10_000, png + " written");
    }
  }
}
