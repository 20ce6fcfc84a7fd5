package dev.quarantine.core.result;

import dev.quarantine.core.Message;

import java.util.List;

/** The outcome of an admission: the admitted case (hotel, room, block, door tag) and the estimated bill. */
public record Admission(CaseView caseView, Bill estimate, boolean registeredNow, List<Message> warnings) {
}
