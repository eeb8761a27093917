package io.newsflow.runtime.streams;

import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/** Sums over a Kafka client's own metrics, for the stage meters that summarise them. */
final class KafkaMetricSums {

    private KafkaMetricSums() {}

    /** The sum of {@code group/name} over the metrics tagged with {@code topic}, across every client of the stage. */
    static double sum(Map<MetricName, ? extends Metric> metrics, String group, String name, String topic) {
        return metrics.entrySet().stream()
                .filter(entry -> entry.getKey().group().equals(group) && entry.getKey().name().equals(name)
                        && topic.equals(entry.getKey().tags().get("topic")))
                .mapToDouble(entry -> value(entry.getValue()))
                .sum();
    }

    /** The per-partition {@code records-lag} of the main consumers, summed (restore consumers left out). */
    static double lag(Map<MetricName, ? extends Metric> metrics) {
        return metrics.entrySet().stream()
                .filter(entry -> entry.getKey().group().equals("consumer-fetch-manager-metrics")
                        && entry.getKey().name().equals("records-lag")
                        && entry.getKey().tags().containsKey("partition")
                        && !entry.getKey().tags().getOrDefault("client-id", "").contains("restore"))
                .mapToDouble(entry -> value(entry.getValue()))
                .sum();
    }

    private static double value(Metric metric) {
        Object value = metric.metricValue();
        return value instanceof Number number && !Double.isNaN(number.doubleValue()) ? number.doubleValue() : 0;
    }
}
