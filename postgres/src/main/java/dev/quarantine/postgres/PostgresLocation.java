package dev.quarantine.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A PostgreSQL database as the user names it: {@code postgresql://user@host:5432/db} (libpq's form) or
 * {@code jdbc:postgresql://host:5432/db?user=…} (JDBC's). The password never travels in it: it comes from
 * {@code PGPASSWORD} or the password file, as for psql.
 */
record PostgresLocation(String host, int port, String database, String user, Map<String, String> parameters,
                        boolean hasPassword) {

    static boolean accepts(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:postgresql://");
    }

    static PostgresLocation parse(String location) {
        String text = location.startsWith("jdbc:") ? location.substring("jdbc:".length()) : location;
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a PostgreSQL URL: " + e.getReason());
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        String user = params.remove("user");
        boolean password = params.remove("password") != null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password |= colon >= 0;
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty()) {
            database = user == null ? System.getProperty("user.name") : user;
        }
        if (user == null || user.isEmpty()) {
            user = System.getProperty("user.name");
        }
        return new PostgresLocation(host, port, database, user, params, password);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The JDBC URL, without user or password (they go as connection properties). */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host.contains(":") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(database);
        String sep = "?";
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            url.append(sep).append(p.getKey()).append('=').append(p.getValue());
            sep = "&";
        }
        return url.toString();
    }

    /** How messages show it: {@code postgresql://user@host:port/db}, never a password. */
    String display() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }
}
