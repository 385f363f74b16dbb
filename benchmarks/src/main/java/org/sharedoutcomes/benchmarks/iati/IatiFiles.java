package org.sharedoutcomes.benchmarks.iati;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Writes seeded, realistic IATI 2.03 activity files of a given size, and says exactly what a
 * reader must find in them.
 *
 * <p>An activity has a reporting organisation (one of 200 publishers) and two to seven
 * participating organisations in the four roles (one or two Funding, one Accountable, often
 * the publisher itself, sometimes an Extending one, one to three Implementing), drawn from a pool
 * of 5,000 organisations of every {@code OrganisationType} that reads (government, local
 * government, other public sector, international, national, regional and partner-country NGOs,
 * public-private partnerships, multilaterals, foundations, private sector, academic, other), each
 * with one fixed ref, name and type; a status, an actual start and a planned end (and an actual
 * end when closed); one budget per year (about one in four revised as well); two to nine
 * transactions (incoming funds from a funder, outgoing commitments, disbursements to an
 * implementer, expenditure, some in another currency than the default); one to three results
 * (output, outcome, impact; aggregation status) of one to three indicators each (unit,
 * percentage, ordinal or nominal measure, ascending or descending, a baseline, one to four
 * yearly periods with a target and an actual, a third of them also disaggregated by sex or
 * location). Every tenth activity starts a programme whose next two to five activities are its
 * projects ({@code related-activity} parent and child, both ways), and a file never ends inside
 * a programme, so every relation resolves.
 *
 * <p>The file is valid against the IATI 2.03 activity schema (elements in schema order, with
 * every required attribute: {@code value/@value-date} included) and uses only what
 * {@code outcome-iati} maps, so a read must report no malformed activity, no warning and no
 * dropped element; what it keeps only as an attribute is exactly {@link Generated#kept()}: the
 * value dates of transactions and budgets, each target's period, each result's description
 * and the receiver of each disbursement. Text is ASCII, so characters and bytes agree.
 *
 * <p>The same seed and size give the same bytes. Not thread-safe; one call writes one file.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class IatiFiles {
  /** The default seed. */
  public static final long DEFAULT_SEED = 20_261_202L;

  /** The loss-report path of a transaction value's {@code value-date}. */
  public static final String TRANSACTION_VALUE_DATE =
      "/iati-activities/iati-activity/transaction/value/@value-date";
  /** The loss-report path of a budget value's {@code value-date}. */
  public static final String BUDGET_VALUE_DATE =
      "/iati-activities/iati-activity/budget/value/@value-date";
  /** The loss-report path of a target (its period is kept as an attribute). */
  public static final String TARGET = "/iati-activities/iati-activity/result/indicator/period/target";
  /** The loss-report path of a result's description (kept as an outcome attribute). */
  public static final String RESULT_DESCRIPTION =
      "/iati-activities/iati-activity/result/description";
  /** The loss-report path of a transaction's receiver (kept as a link attribute). */
  public static final String RECEIVER_ORG = "/iati-activities/iati-activity/transaction/receiver-org";

  private static final int PUBLISHERS = 200;
  private static final int ORGANISATIONS = 5_000;
  /** OrganisationType codes that read, with weights out of 100. */
  private static final String[] TYPES = {"10", "11", "15", "21", "22", "23", "24", "30", "40",
      "60", "70", "71", "72", "73", "80", "90"};
  private static final int[] TYPE_WEIGHTS = {14, 8, 6, 14, 12, 4, 8, 2, 8, 5, 6, 3, 3, 1, 4, 2};
  private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "SEK", "CAD", "JPY"};
  private static final String[] PLACES = {"Kisumu", "Mombasa", "Gulu", "Mopti", "Sylhet",
      "Cusco", "Tamale", "Beira", "Herat", "Jijiga", "Kayes", "Rangpur"};
  private static final String[] THEMES = {"clean water", "primary schools", "maternal health",
      "rural roads", "smallholder farming", "vocational training", "malaria prevention",
      "solar mini-grids", "land registration", "school meals", "flood defence", "microfinance"};
  private static final String[] OUTPUT_INDICATORS = {"Wells drilled", "Teachers trained",
      "Clinics equipped", "Kilometres of road built", "Farmers reached", "Loans disbursed",
      "Households connected", "Bed nets distributed"};
  private static final String[] PERCENT_INDICATORS = {"Share of households with safe water",
      "Girls completing primary school", "Births attended by skilled staff",
      "Share of samples with E. coli", "Children under five with malaria",
      "Share of parcels with a title"};

  private IatiFiles() {}

  /**
   * What a reader must find in a generated file: counts of what it maps, and of what it keeps
   * only as an attribute.
   *
   * @param activities activities ({@code iati-activity})
   * @param agencies distinct organisations (by ref) among reporting and participating ones
   * @param roles role assignments (participating organisations, one per organisation and role
   *     in an activity)
   * @param outcomes outcomes (results)
   * @param indicators indicators
   * @param targets targets (one per period)
   * @param measurements measurements (actuals with a value, disaggregated ones included)
   * @param contributions contributions (transactions and budgets)
   * @param dependencies {@code dependsOn} links, programme to project, once each
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Counts(long activities, long agencies, long roles, long outcomes,
      long indicators, long targets, long measurements, long contributions, long dependencies) {
    /**
     * One line, {@code name=value} pairs.
     *
     * @return the line
     */
    public String line() {
      return String.format(Locale.ROOT, "activities=%d agencies=%d roles=%d outcomes=%d "
              + "indicators=%d targets=%d measurements=%d contributions=%d dependencies=%d",
          activities, agencies, roles, outcomes, indicators, targets, measurements,
          contributions, dependencies);
    }
  }

  /**
   * A generated file.
   *
   * @param file the file
   * @param bytes its size
   * @param seed the seed it was generated from
   * @param counts what a reader must find
   * @param kept per loss-report path, how many occurrences a reader keeps only as an attribute
   *     (the loss report's {@code KEPT_AS_ATTRIBUTE} entries); nothing else may be in the
   *     report
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Generated(Path file, long bytes, long seed, Counts counts,
      Map<String, Long> kept) {
    /** Copies the map. */
    public Generated {
      kept = Map.copyOf(kept);
    }
  }

  /**
   * Writes a file of at least {@code bytes} bytes (it stops after the programme that crosses
   * the size, so it is larger by at most a few activities).
   *
   * @param file the file to write (replaced)
   * @param bytes the size, at least 1
   * @param seed the seed
   * @return the file and what it holds
   * @throws IOException if writing fails
   */
  public static Generated write(Path file, long bytes, long seed) throws IOException {
    if (bytes < 1) {
      throw new IllegalArgumentException("bytes must be at least 1, got " + bytes);
    }
    Generator g;
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
        StandardCharsets.UTF_8), 1 << 16)) {
      g = new Generator(w, seed);
      g.file(bytes);
    }
    return new Generated(file, Files.size(file), seed, g.counts(), g.kept());
  }

  /** One file's generation. */
  private static final class Generator {
    private final Writer out;
    private final SplittableRandom random;
    private final StringBuilder b = new StringBuilder(1 << 16);
    private final BitSet organisationsUsed = new BitSet(ORGANISATIONS);
    private final Map<String, Long> kept = new TreeMap<>();
    private long written;
    private long activities;
    private long roles;
    private long outcomes;
    private long indicators;
    private long targets;
    private long measurements;
    private long contributions;
    private long dependencies;

    Generator(Writer out, long seed) {
      this.out = out;
      this.random = new SplittableRandom(seed);
    }

    Counts counts() {
      return new Counts(activities, organisationsUsed.cardinality(), roles, outcomes,
          indicators, targets, measurements, contributions, dependencies);
    }

    Map<String, Long> kept() {
      Map<String, Long> m = new TreeMap<>(kept);
      m.values().removeIf(v -> v == 0);
      return m;
    }

    void file(long bytes) throws IOException {
      b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      // no generated-datetime: outcome-iati does not read it, so it would be a dropped loss
      b.append("<iati-activities version=\"2.03\">\n");
      flush();
      while (written < bytes) {
        int publisher = random.nextInt(PUBLISHERS);
        if (random.nextInt(10) == 0) {
          int projects = 2 + random.nextInt(4);
          String parent = identifier(publisher, activities + 1);
          String[] children = new String[projects];
          for (int k = 0; k < projects; k++) {
            children[k] = identifier(publisher, activities + 2 + k);
          }
          activity(publisher, "", children);
          for (int k = 0; k < projects; k++) {
            activity(publisher, parent, new String[0]);
          }
          dependencies += projects;
        } else {
          activity(publisher, "", new String[0]);
        }
      }
      b.append("</iati-activities>\n");
      flush();
    }

    private void flush() throws IOException {
      out.append(b);
      written += b.length();
      b.setLength(0);
    }

    private static String identifier(int publisher, long n) {
      return publisherRef(publisher) + "-" + n;
    }

    private static String publisherRef(int publisher) {
      return organisationRef(publisher);
    }

    /** Organisation {@code k}'s ref: a registration-agency prefix and a number. */
    private static String organisationRef(int k) {
      String type = organisationType(k);
      String prefix = switch (type) {
        case "40" -> "XM-DAC";
        case "10", "11", "15" -> "XI-GOV";
        case "21", "23" -> "XI-IATI";
        case "22", "24" -> "KE-NGO";
        case "60" -> "US-EIN";
        case "80" -> "GB-EDU";
        default -> "GB-COH";
      };
      return prefix + "-" + (10_000 + k);
    }

    /** Organisation {@code k}'s type, fixed by {@code k}. */
    private static String organisationType(int k) {
      int h = Math.floorMod(k * 7919 + 13, 100);
      for (int t = 0; t < TYPES.length; t++) {
        h -= TYPE_WEIGHTS[t];
        if (h < 0) {
          return TYPES[t];
        }
      }
      return TYPES[TYPES.length - 1];
    }

    private static String organisationName(int k) {
      String type = organisationType(k);
      String kind = switch (type) {
        case "10" -> "Ministry of Development";
        case "11" -> "County Council";
        case "15" -> "Public Works Agency";
        case "21" -> "International Relief Alliance";
        case "22" -> "National Community Trust";
        case "23" -> "Regional Health Network";
        case "24" -> "Local Self-Help Group";
        case "30" -> "Water Partnership";
        case "40" -> "Multilateral Development Fund";
        case "60" -> "Family Foundation";
        case "80" -> "University Research Centre";
        case "90" -> "Cooperative";
        default -> "Engineering Ltd";
      };
      return kind + " " + k;
    }

    private void org(String element, int k, String role) {
      organisationsUsed.set(k);
      b.append("    <").append(element).append(" ref=\"").append(organisationRef(k))
          .append("\" type=\"").append(organisationType(k)).append('"');
      if (!role.isEmpty()) {
        b.append(" role=\"").append(role).append('"');
      }
      b.append("><narrative>").append(organisationName(k)).append("</narrative></")
          .append(element).append(">\n");
    }

    private int otherOrganisation(BitSet taken) {
      int k;
      do {
        k = PUBLISHERS + random.nextInt(ORGANISATIONS - PUBLISHERS);
      } while (taken.get(k));
      taken.set(k);
      return k;
    }

    private void kept(String path, long n) {
      kept.merge(path, n, Long::sum);
    }

    private void activity(int publisher, String parent, String[] children) throws IOException {
      activities++;
      String id = identifier(publisher, activities);
      String currency = CURRENCIES[publisher % CURRENCIES.length];
      String theme = THEMES[random.nextInt(THEMES.length)];
      String place = PLACES[random.nextInt(PLACES.length)];
      b.append("  <iati-activity default-currency=\"").append(currency)
          .append("\" xml:lang=\"en\">\n");
      b.append("    <iati-identifier>").append(id).append("</iati-identifier>\n");
      org("reporting-org", publisher, "");
      b.append("    <title><narrative>")
          .append(children.length > 0 ? "Programme: " : "").append(cap(theme)).append(" in ")
          .append(place).append(" (").append(activities).append(")</narrative></title>\n");
      b.append("    <description type=\"1\"><narrative>Improving ").append(theme)
          .append(" for the people of ").append(place).append(" district, with local partners "
              + "and the county government; phase ").append(1 + random.nextInt(3))
          .append(".</narrative></description>\n");

      // participating organisations, each (organisation, role) once
      BitSet taken = new BitSet();
      taken.set(publisher);
      int[] funders = new int[1 + (random.nextInt(3) == 0 ? 1 : 0)];
      for (int k = 0; k < funders.length; k++) {
        funders[k] = otherOrganisation(taken);
        org("participating-org", funders[k], "1");
      }
      boolean selfAccountable = random.nextInt(3) != 0;
      org("participating-org", selfAccountable ? publisher : otherOrganisation(taken), "2");
      int orgs = funders.length + 1;
      if (random.nextInt(4) == 0) {
        org("participating-org", otherOrganisation(taken), "3");
        orgs++;
      }
      int[] implementers = new int[1 + random.nextInt(3)];
      for (int k = 0; k < implementers.length; k++) {
        implementers[k] = otherOrganisation(taken);
        org("participating-org", implementers[k], "4");
      }
      orgs += implementers.length;
      roles += orgs;

      // status and dates
      int startYear = 2016 + random.nextInt(8);
      LocalDate start = LocalDate.of(startYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
      int years = 2 + random.nextInt(4);
      LocalDate end = start.plusYears(years).minusDays(1);
      boolean closed = end.isBefore(LocalDate.of(2025, 1, 1)) && random.nextInt(4) != 0;
      b.append("    <activity-status code=\"").append(closed ? "4" : "2").append("\"/>\n");
      b.append("    <activity-date iso-date=\"").append(start).append("\" type=\"2\"/>\n");
      b.append("    <activity-date iso-date=\"").append(end).append("\" type=\"3\"/>\n");
      if (closed) {
        b.append("    <activity-date iso-date=\"").append(end.plusDays(random.nextInt(90)))
            .append("\" type=\"4\"/>\n");
      }

      // budgets: one per year, about one in four also revised
      long yearly = 50_000L * (1 + random.nextInt(400));
      for (int y = 0; y < years; y++) {
        LocalDate from = start.plusYears(y);
        LocalDate to = start.plusYears(y + 1).minusDays(1);
        budget("1", from, to, yearly);
        if (random.nextInt(4) == 0) {
          budget("2", from, to, yearly / 100 * (80 + random.nextInt(41)));
        }
      }

      // transactions
      int transactions = 2 + random.nextInt(8);
      for (int t = 0; t < transactions; t++) {
        LocalDate day = start.plusDays(random.nextInt(years * 365));
        int kind = t == 0 ? 1 : t == 1 ? 2 : 3 + random.nextInt(2);
        b.append("    <transaction>\n");
        b.append("      <transaction-type code=\"").append(kind == 1 ? "1" : kind == 2 ? "2"
            : kind == 3 ? "3" : "4").append("\"/>\n");
        b.append("      <transaction-date iso-date=\"").append(day).append("\"/>\n");
        long value = 1_000L * (1 + random.nextInt(2_000));
        b.append("      <value");
        if (random.nextInt(10) == 0) {
          b.append(" currency=\"").append(CURRENCIES[random.nextInt(CURRENCIES.length)])
              .append('"');
        }
        b.append(" value-date=\"").append(day).append("\">").append(value).append(".")
            .append(random.nextInt(10)).append(random.nextInt(10)).append("</value>\n");
        kept(TRANSACTION_VALUE_DATE, 1);
        if (kind == 1) {
          int funder = funders[random.nextInt(funders.length)];
          b.append("      <provider-org ref=\"").append(organisationRef(funder))
              .append("\"><narrative>").append(organisationName(funder))
              .append("</narrative></provider-org>\n");
        } else if (kind == 3) {
          int implementer = implementers[random.nextInt(implementers.length)];
          b.append("      <receiver-org ref=\"").append(organisationRef(implementer))
              .append("\"><narrative>").append(organisationName(implementer))
              .append("</narrative></receiver-org>\n");
          kept(RECEIVER_ORG, 1);
        }
        b.append("    </transaction>\n");
        contributions++;
      }

      // programme and projects
      for (String child : children) {
        b.append("    <related-activity ref=\"").append(child).append("\" type=\"2\"/>\n");
      }
      if (!parent.isEmpty()) {
        b.append("    <related-activity ref=\"").append(parent).append("\" type=\"1\"/>\n");
      }

      // results
      int results = 1 + random.nextInt(3);
      for (int r = 0; r < results; r++) {
        result(r, start, years, place);
      }
      b.append("  </iati-activity>\n");
      flush();
    }

    private void budget(String type, LocalDate from, LocalDate to, long value) {
      b.append("    <budget type=\"").append(type).append("\">\n");
      b.append("      <period-start iso-date=\"").append(from).append("\"/>\n");
      b.append("      <period-end iso-date=\"").append(to).append("\"/>\n");
      b.append("      <value value-date=\"").append(from).append("\">").append(value)
          .append("</value>\n");
      b.append("    </budget>\n");
      kept(BUDGET_VALUE_DATE, 1);
      contributions++;
    }

    private void result(int r, LocalDate start, int years, String place) {
      outcomes++;
      String type = r == 0 ? "1" : r == 1 ? "2" : "3";
      b.append("    <result type=\"").append(type).append("\" aggregation-status=\"")
          .append(random.nextInt(2)).append("\">\n");
      b.append("      <title><narrative>").append(switch (type) {
        case "1" -> "Services delivered in ";
        case "2" -> "Better access to services in ";
        default -> "Improved wellbeing in ";
      }).append(place).append("</narrative></title>\n");
      b.append("      <description><narrative>As measured by the district office and the "
          + "annual household survey.</narrative></description>\n");
      kept(RESULT_DESCRIPTION, 1);
      int n = 1 + random.nextInt(3);
      for (int i = 0; i < n; i++) {
        indicator(start, years);
      }
      b.append("    </result>\n");
    }

    private void indicator(LocalDate start, int years) {
      indicators++;
      int pick = random.nextInt(10);
      // 1 unit (count), 2 percentage, 4 ordinal (1-5 rating), 3 nominal
      String measure = pick < 5 ? "1" : pick < 8 ? "2" : pick < 9 ? "4" : "3";
      boolean ascending = !measure.equals("2") || random.nextInt(3) != 0;
      b.append("      <indicator measure=\"").append(measure).append("\" ascending=\"")
          .append(ascending ? "1" : "0").append("\">\n");
      String title = switch (measure) {
        case "1" -> OUTPUT_INDICATORS[random.nextInt(OUTPUT_INDICATORS.length)];
        case "2" -> PERCENT_INDICATORS[random.nextInt(PERCENT_INDICATORS.length)];
        case "4" -> "Service quality rating (1-5)";
        default -> "Land-use category (code)";
      };
      b.append("        <title><narrative>").append(title).append("</narrative></title>\n");
      double baseline = switch (measure) {
        case "1" -> random.nextInt(200);
        case "2" -> ascending ? 10 + random.nextInt(40) : 50 + random.nextInt(40);
        case "4" -> 1 + random.nextInt(2);
        default -> 1 + random.nextInt(6);
      };
      b.append("        <baseline year=\"").append(start.getYear() - 1).append("\" value=\"")
          .append(number(baseline)).append("\"/>\n");
      int periods = Math.min(years, 1 + random.nextInt(4));
      double target = baseline;
      for (int p = 0; p < periods; p++) {
        LocalDate from = LocalDate.of(start.getYear() + p, 1, 1);
        LocalDate to = LocalDate.of(start.getYear() + p, 12, 31);
        target = switch (measure) {
          case "1" -> target + 10 + random.nextInt(100);
          case "2" -> ascending ? Math.min(100, target + 1 + random.nextInt(10))
              : Math.max(1, target - 1 - random.nextInt(10));
          case "4" -> Math.min(5, target + random.nextInt(2));
          default -> 1 + random.nextInt(6);
        };
        double actual = switch (measure) {
          case "1" -> Math.max(1, Math.round(target * (0.6 + 0.5 * random.nextDouble())));
          case "2" -> Math.max(0.5, Math.min(100, Math.round(target * (0.7 + 0.5
              * random.nextDouble()) * 10) / 10.0));
          case "4" -> 1 + random.nextInt(5);
          default -> 1 + random.nextInt(6);
        };
        b.append("        <period>\n");
        b.append("          <period-start iso-date=\"").append(from).append("\"/>\n");
        b.append("          <period-end iso-date=\"").append(to).append("\"/>\n");
        b.append("          <target value=\"").append(number(target)).append("\"/>\n");
        targets++;
        kept(TARGET, 1);
        b.append("          <actual value=\"").append(number(actual)).append("\"/>\n");
        measurements++;
        if (measure.equals("1") && random.nextInt(3) == 0) {
          long women = Math.max(1, Math.round(actual * (0.3 + 0.4 * random.nextDouble())));
          b.append("          <actual value=\"").append(women)
              .append("\"><dimension name=\"sex\" value=\"female\"/></actual>\n");
          b.append("          <actual value=\"").append(Math.max(1, Math.round(actual) - women))
              .append("\"><dimension name=\"sex\" value=\"male\"/></actual>\n");
          measurements += 2;
        } else if (random.nextInt(6) == 0) {
          b.append("          <actual value=\"").append(number(actual))
              .append("\"><location ref=\"AF-").append(1 + random.nextInt(34))
              .append("\"/></actual>\n");
          measurements++;
        }
        b.append("        </period>\n");
      }
      b.append("      </indicator>\n");
    }

    private static String number(double v) {
      return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String cap(String s) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
