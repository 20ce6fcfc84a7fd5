/**
 * Quarantine Desk's library: the rules of centralized hotel quarantine (registration, admission, temperatures,
 * release, costs) and the register that keeps them, on SQLite or, with {@code quarantine-postgres} on the path,
 * PostgreSQL. Start at {@link dev.quarantine.core.desk.QuarantineDesk}; {@code docs/library.md} is the guide.
 * Only these packages are the API: {@code dev.quarantine.core.internal} is not exported.
 */
module dev.quarantine.core {
    requires transitive java.sql;

    exports dev.quarantine.core;
    exports dev.quarantine.core.cases;
    exports dev.quarantine.core.desk;
    exports dev.quarantine.core.file;
    exports dev.quarantine.core.health;
    exports dev.quarantine.core.hotel;
    exports dev.quarantine.core.money;
    exports dev.quarantine.core.ops;
    exports dev.quarantine.core.person;
    exports dev.quarantine.core.policy;
    exports dev.quarantine.core.region;
    exports dev.quarantine.core.report;
    exports dev.quarantine.core.request;
    exports dev.quarantine.core.result;
    exports dev.quarantine.core.roster;
    exports dev.quarantine.core.store;

    uses dev.quarantine.core.store.Dialect;
}
