package io.planex.web;

import java.time.Clock;
import java.time.Duration;

/**
 * How the app runs: the bearer token that requests must carry (null: no authentication, only for loopback or an
 * explicit --no-auth), how often to look for a newer index commit, and the clock "today" is read from (overdue
 * deadlines).
 */
public record WebConfig(String token, Duration reloadCheck, Clock clock) {
    public WebConfig {
        if (token != null && token.isBlank()) throw new IllegalArgumentException("empty token");
        if (reloadCheck == null) reloadCheck = Duration.ofSeconds(1);
        if (clock == null) clock = Clock.systemDefaultZone();
    }

    public static WebConfig defaults() {
        return new WebConfig(null, Duration.ofSeconds(1), Clock.systemDefaultZone());
    }
}
