package io.planex.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Token authentication for a server bound beyond loopback: a request passes with {@code Authorization: Bearer
 * TOKEN} or with the cookie the login form sets (HttpOnly, SameSite=Strict). Tokens are compared in constant
 * time.
 */
final class Auth {
    static final String COOKIE = "planex_token";
    private final byte[] token;

    Auth(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    boolean allows(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && matches(header.substring(7).strip())) {
            return true;
        }
        String cookie = ctx.cookie(COOKIE);
        return cookie != null && matches(cookie);
    }

    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets the session cookie after a successful login. */
    void login(Context ctx) {
        ctx.header("Set-Cookie", COOKIE + "=" + new String(token, StandardCharsets.UTF_8)
                + "; Path=/; HttpOnly; SameSite=Strict");
    }
}
