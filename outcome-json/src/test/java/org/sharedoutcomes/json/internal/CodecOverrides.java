package org.sharedoutcomes.json.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;

/**
 * The codecs that override their table's reader or writer for speed, with the entities each
 * handles, for {@link CodecWriteOrderTest} and {@link CodecReadOrderTest}.
 */
final class CodecOverrides {
  /** The codecs that override a table method, each with the entities it reads and writes. */
  static final Map<Codec<?, ?>, Function<OutcomeModel, List<?>>> ALL = Map.of(
      CommitmentCodec.INSTANCE, OutcomeModel::commitments,
      RoleCodec.INSTANCE, OutcomeModel::roles);

  private CodecOverrides() {}

  /** The seeds both tests generate models from. */
  static LongStream seeds() {
    return Seeds.of(200);
  }

  /** The codecs (as messages name them) that declare a method of the name themselves. */
  static Set<String> overriding(String method) {
    TreeSet<String> out = new TreeSet<>();
    for (Codec<?, ?> c : Codecs.ALL) {
      for (java.lang.reflect.Method m : c.getClass().getDeclaredMethods()) {
        if (m.getName().equals(method) && !m.isBridge()) {
          out.add(c.what());
        }
      }
    }
    return out;
  }

  /** The codecs checked here, as messages name them. */
  static Set<String> checked() {
    TreeSet<String> out = new TreeSet<>();
    ALL.keySet().forEach(c -> out.add(c.what()));
    return out;
  }

  /** The codecs of which no generated model of the seeds holds an entity. */
  static Set<String> withNothingGenerated() {
    TreeSet<String> empty = new TreeSet<>();
    for (Map.Entry<Codec<?, ?>, Function<OutcomeModel, List<?>>> e : ALL.entrySet()) {
      if (seeds().allMatch(s -> e.getValue().apply(RandomModels.generate(s)).isEmpty())) {
        empty.add(e.getKey().what());
      }
    }
    return empty;
  }
}
