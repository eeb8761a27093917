package io.newsflow.runtime.http;

import io.newsflow.runtime.StageHealth;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON body of {@code /health/ready}: overall status, the first reason, and each stage's state. */
final class HealthJson {

    private HealthJson() {}

    static String of(boolean ready, Map<String, StageHealth> stages) {
        String reason = stages.isEmpty() ? "no stage runs in this process"
                : stages.values().stream().filter(health -> !health.ready()).map(StageHealth::reason)
                        .collect(Collectors.joining("; "));
        String perStage = stages.entrySet().stream()
                .map(entry -> quote(entry.getKey()) + ":{\"ready\":" + entry.getValue().ready() + ",\"state\":"
                        + quote(entry.getValue().state()) + "}")
                .collect(Collectors.joining(","));
        return "{\"status\":" + quote(ready ? "UP" : "DOWN") + (ready ? "" : ",\"reason\":" + quote(reason))
                + ",\"stages\":{" + perStage + "}}";
    }

    /** A JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
